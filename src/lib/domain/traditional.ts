/**
 * Traditional → simplified Chinese, one character for one character, so that offsets into the
 * folded text are offsets into the original. The project's one table: the extractor folds
 * documents with it, the importer compares place and indicator names through it. Only characters that never stand for themselves in
 * simplified text are mapped (`著` is left alone: `著名` is simplified too), so running the
 * table over a simplified document changes nothing.
 */

/** Traditional characters, in the same order as {@link SIMPLIFIED}. */
const TRADITIONAL = [
	'亞來係個們倫偉傳債傾價億優兒內兩凈別創劃劇勁動務勞勢勵匯區協參員問啟單嚴國圍園圖',
	'團堅報場壓夠奧奮嬰學宮實寧審寫寬寶將專對導屆層屬島峽崗嶺巖帥師帶幣幫幹幾庫廣廳強',
	'後徑從復徵徹愛態慣慶憲應戰戲戶揚換揮撐撥擁擇擔據擬擴數斷於時晉暢曬書會東條業極榮',
	'構樂樓標樣樹機橫檔檢欄權欖歐歲歷歸殘殺氣決況減測準滅滬滯滲滿漢潔潛潤濟灣災為燈營',
	'爭牽獎獲獻現瑪環瓊產畝畢畫異當療發監眾碩確礎礙禮稅種稱穀積穎穩窮竊競筆節範築簡簽',
	'籌粵糧糾紀約紅納紐純紙級紛細紹終組結絕絡給統絲經綜綠維綱網緊線緣編練縣縮縱總績織',
	'繳續罷羅義習聖聞聯聲職聽脫腦膽臉臺與興舉艱華萬葉蓋薈藍藝藥蘇蘊蘭處號蟲術衛衝補裝',
	'裡製複襲見規視親覺覽觀觸訂計訊討訓記訪設許診評詢試話詳認語誠說課調請論講謝證識譜',
	'譯議護讀變讓讚豎貝負財貢貧貨貫責貴買貸費貿資賓賣賦質賴購賽贈贏贛趙踐蹤躍車軍軟較',
	'載輔輕輟輪輯輻輿轉辦農這連週進運過達違遞遠適遷選遺遼邁還邊鄉鄭鄰醫釋針鈕銀銜銷鋒',
	'鋼錄錢錨錯鍛鍵鍾鎮鏈鐘鐵鑄鑒長門開閒間閣閩閱闊關闡陝陣陰陳陸陽隊階際隨險隱隻雖雙',
	'雛雜雞離難雲電靈靜鞏韓響頁頂項順須預頓領頭頻題額顏願類顧顯風飛飯養餘館馬駐驅驗驚',
	'體髮鬆鬥鬧魚魯鮮鳥鷹麗麥麵麼黃點黨齊齒齡龍龜',
	'臨橋烏爾張無錫溫'
].join('');

/** The simplified form of each character of {@link TRADITIONAL}, position by position. */
const SIMPLIFIED = [
	'亚来系个们伦伟传债倾价亿优儿内两净别创划剧劲动务劳势励汇区协参员问启单严国围园图',
	'团坚报场压够奥奋婴学宫实宁审写宽宝将专对导届层属岛峡岗岭岩帅师带币帮干几库广厅强',
	'后径从复征彻爱态惯庆宪应战戏户扬换挥撑拨拥择担据拟扩数断于时晋畅晒书会东条业极荣',
	'构乐楼标样树机横档检栏权榄欧岁历归残杀气决况减测准灭沪滞渗满汉洁潜润济湾灾为灯营',
	'争牵奖获献现玛环琼产亩毕画异当疗发监众硕确础碍礼税种称谷积颖稳穷窃竞笔节范筑简签',
	'筹粤粮纠纪约红纳纽纯纸级纷细绍终组结绝络给统丝经综绿维纲网紧线缘编练县缩纵总绩织',
	'缴续罢罗义习圣闻联声职听脱脑胆脸台与兴举艰华万叶盖荟蓝艺药苏蕴兰处号虫术卫冲补装',
	'里制复袭见规视亲觉览观触订计讯讨训记访设许诊评询试话详认语诚说课调请论讲谢证识谱',
	'译议护读变让赞竖贝负财贡贫货贯责贵买贷费贸资宾卖赋质赖购赛赠赢赣赵践踪跃车军软较',
	'载辅轻辍轮辑辐舆转办农这连周进运过达违递远适迁选遗辽迈还边乡郑邻医释针钮银衔销锋',
	'钢录钱锚错锻键钟镇链钟铁铸鉴长门开闲间阁闽阅阔关阐陕阵阴陈陆阳队阶际随险隐只虽双',
	'雏杂鸡离难云电灵静巩韩响页顶项顺须预顿领头频题额颜愿类顾显风飞饭养余馆马驻驱验惊',
	'体发松斗闹鱼鲁鲜鸟鹰丽麦面么黄点党齐齿龄龙龟',
	'临桥乌尔张无锡温'
].join('');

const TABLE: ReadonlyMap<string, string> = new Map(
	Array.from(TRADITIONAL, (t, i) => [t, SIMPLIFIED.charAt(i)] as const)
);

/** One character's simplified form (itself when it has none in the table). */
export function simplifyChar(c: string): string {
	return TABLE.get(c) ?? c;
}

/** Simplify a whole string; the result has exactly the same length. */
export function simplify(s: string): string {
	let out = '';
	for (const c of s) out += TABLE.get(c) ?? c;
	return out;
}
