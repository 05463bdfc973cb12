/** The English sentences of the import pipeline (see import.ts, where the Chinese ones are). */
import type { ImportKey } from './import.ts';

const ADVICE_EN = 'import a CSV, a tab-separated text file or an Excel / ODS workbook';

export const en: Record<ImportKey, string> = {
	'file.empty':
		'The file is empty, so there is nothing to import: choose a file that holds a table.',
	'binary.png': `This is an image (PNG), not a data table: ${ADVICE_EN}.`,
	'binary.jpeg': `This is an image (JPEG), not a data table: ${ADVICE_EN}.`,
	'binary.gif': `This is an image (GIF), not a data table: ${ADVICE_EN}.`,
	'binary.pdf': `This is a PDF file, not a data table: copy the table into Excel and save it, or ${ADVICE_EN}.`,
	'binary.archive':
		'This is a compressed ({what}) file: unpack it, then import the data file inside.',
	'binary.docx':
		'This is a Word document (.docx), not a data table: copy the table into Excel, save it and import that.',
	'binary.zip':
		'This is a ZIP archive: unpack it and import the data file inside (from a World Bank download, the file starting with API_).',
	'binary.ole2':
		'This is an old Office file but not an Excel workbook (perhaps a Word document): open the table in Excel, save it and import that.',
	'binary.notText': `This is not a text data file (it looks binary): ${ADVICE_EN}.`,

	'limit.file':
		'The file is {size}, more than the {limit} the importer takes: split the data into smaller files and import them one by one.',
	'limit.cell':
		"Line {line} has a cell of {chars} characters, more than the 32,767 a cell may hold (Excel's limit): check the quotes on that line (a missing closing quote makes the rest of the file one cell).",
	'limit.row':
		'Line {line} has {chars} characters, more than the 1,048,576 a line may hold: check the quotes on that line, or split the table.',
	'limit.cells':
		"Line {line} has more than {cells} columns (Excel's limit): check the delimiter, or split the table.",
	'limit.sheet':
		'This sheet has {cells} cells, more than the {limit} the importer takes: spread the data over several sheets or files.',

	'csv.quotes':
		'Unbalanced quotes: this line and the next may be misread; check the quotes on these lines.',
	'decode.replacedLine':
		'This line holds bytes that are not valid {encoding}, shown as �: check it, or read the file again in another encoding.',
	'decode.replaced':
		'The file was read as {encoding}, but {n} lines hold bytes that are not valid {encoding} (lines {lines}), shown as �: check those lines, or choose another encoding above and read it again.',

	'sheet.unknown': 'The workbook has no sheet called "{sheet}": its sheets are {sheets}.',
	'sheet.unreadable':
		'This workbook cannot be read (the file may be damaged): open it in Excel or WPS, save it again and import that.',
	'sheet.unreadableXls':
		'This .xls file cannot be read as an Excel workbook (it may be a Word document, or damaged): open it in Excel, save it as .xlsx and import that.',
	'sheet.none': 'This workbook has no sheets: choose a file that holds a table.',
	'sheet.noYears':
		'No sheet of this workbook holds a year (such as 2019 or 2019年), so nothing can be imported by year: choose a table with a column or row of years.',

	'layout.noHeader':
		'No header row found: no line has at least two columns, so this does not look like a data table; check the file.',
	'detect.metadataCountry':
		"This is the World Bank download's country metadata sheet (Metadata_Country), not data: import the file starting with API_ from the same download.",
	'detect.metadataIndicator':
		"This is the World Bank download's indicator metadata sheet (Metadata_Indicator), not data: import the file starting with API_ from the same download.",
	'detect.unknown':
		'The columns of this table ({listEn}) are not recognised: it needs region, indicator, year and value columns, or year columns (2019, 2019年) in a wide table.',

	'shape.canonical': 'Canonical long table (one value per row)',
	'shape.wide': 'Wide table: one row per region × indicator, one column per year',
	'shape.wideRegions': 'Wide table: one row per region, one column per year (no indicator column)',
	'shape.wideIndicators':
		'Wide table: one row per indicator, one column per year (no region column)',
	'shape.wdi': 'World Bank WDI download (API_….csv)',
	'shape.databank': 'World Bank DataBank export',
	'shape.nbs':
		'National Bureau of Statistics (国家数据) export: one row per region, one column per year',
	'shape.nbsIndicators':
		'National Bureau of Statistics (国家数据) export: one row per indicator, one column per year',
	'shape.owid': 'Our World in Data grapher CSV (Entity, Code, Year, value column)',
	'shape.transposedRegions': 'Transposed table: years down the first column, regions across',
	'shape.transposedIndicators': 'Transposed table: years down the first column, indicators across',

	'convert.ignored': 'Columns not used, ignored: {listEn}.',
	'convert.noIndicator':
		'The file has no indicator column and its title lines name none: choose the indicator these values belong to, then import.',
	'convert.noRegion':
		'The file has no region column and its title lines name none: choose the region these values belong to, then import.',
	'convert.from.defaults':
		'The file has no {dimEn} column: {dimEn} "{label}" taken from your choice.',
	'convert.from.preamble':
		'The file has no {dimEn} column: {dimEn} "{label}" taken from the preamble.',
	'convert.from.title': 'The file has no {dimEn} column: {dimEn} "{label}" taken from the title.',

	'cell.noRegion': 'The region is missing: fill it in; this row is not imported.',
	'cell.noIndicator': 'The indicator is missing: fill it in; this row is not imported.',
	'cell.noRegionRow': 'The region is missing: row skipped; fill it in.',
	'cell.noIndicatorRow': 'The indicator is missing: row skipped; fill it in.',
	'cell.kind': 'Kind must be "actual" or "target" (实际值 / 目标值): correct this cell.',
	'cell.year': '"{year}" is not a year: write it as four digits, e.g. 2024 or 2024年.',
	'cell.yearRange':
		'The year {year} is not between 1900 and 2200: check it (a digit too many or too few?).',
	'cell.firstColumnYear':
		'The first column must hold a year (e.g. 2024): row skipped; check the first column.',
	'cell.comparator':
		'The comparator "{value}" is not recognised: write >=, >, <=, <, range, rate<= or rate>=.',
	'cell.direction':
		'The direction "{value}" is not recognised: write up (higher is better) or down (lower is better).',
	'cell.level':
		'The level "{value}" is not recognised: write national, province, city, district or county.',
	'cell.bound':
		'The bound "{value}" is not a number: write a number such as 0 or 120, or leave it empty.',
	'cell.boundsInverted':
		'The lower bound {lo} is above the upper bound {hi}: swap them or correct one.',
	'cell.value': '"{value}" is not a number: write the value in digits, e.g. 93.1 or 93.1%.',
	'cell.valueHuge':
		'The value "{value}" is implausibly large (above 10¹⁵): check the unit and the decimal point.',
	'cell.noValue': 'No value: row skipped; fill in the value if there is one.',
	'cell.approximate': 'Approximate: imported as {value} and flagged approximate.',
	'cell.scaled': '"{word}" multiplier applied: imported as {value}.',
	'cell.rangeMax':
		'A range target needs an upper end: fill in value_max, or use a comparator such as >=.',
	'cell.rangeBelow':
		'The upper end {max} is below the lower end {value}: swap them or correct one.',
	'cell.outOfRange':
		'The value {value} is outside the plausible range {lo}–{hi} of "{nameEn}": check the value and its unit (a share is written 63.5, not 6350).',
	'cell.outOfStated':
		'The value {value} is outside the range {lo}–{hi} this row gives: check the value or the bounds.',
	'cell.actualComparator':
		'Actual values take no comparator or value_max, so these were ignored: if this is a target, write target as its kind.',
	'cell.directionKept':
		'"{nameEn}" is already defined as {direction}: the direction here is not used.',
	'cell.unitDiffers':
		'The unit "{unit}" differs from the indicator\'s unit "{known}": check whether the value needs converting.',
	'cell.noYear':
		'Year not stated: listed, but not charted or used for trends; fill in the year if there is one.',

	'note.national': '"{nameEn}" imported as {zh} ({en}).',
	'note.outsideDefault':
		'{n} values of the new indicator "{name}" lie outside the range its unit implies (0–100 for %, not below 0 otherwise): imported; if the indicator can go beyond (a gross enrolment ratio), give lower_bound or upper_bound in the file.',
	'note.owidYears': '{n} rows with years before 1900 or after 2200 were skipped.',
	'note.alreadyLoaded':
		'{n} figures are already loaded exactly (same value, same sources): they are not imported twice.',
	'note.aggregates':
		'{n} aggregates ({list}) are imported as new regions of their own, not as the national figure; they are flagged among the new regions.',
	'compare.twice':
		'Line {line} already gives {value} for the same region, indicator and year; both are imported, the later one is used.',

	'apply.stale':
		'This import preview no longer matches the loaded data (it may have been applied already): import the file again.',
	'apply.notNew.region':
		'"{name}" in the mapping is not a new region of this import: choose again.',
	'apply.notNew.indicator':
		'"{name}" in the mapping is not a new indicator of this import: choose again.',
	'apply.unknownTarget.region':
		'The region "{target}" that "{name}" should map onto is not in the loaded data: choose a loaded region.',
	'apply.unknownTarget.indicator':
		'The indicator "{target}" that "{name}" should map onto is not in the loaded data: choose a loaded indicator.',

	'none.missing': '{file}: the file has no {dimsEn} column; name it with {flags} and import again.',
	'none.onlyEmpty':
		'{file}: no row could be imported, because none of its {n} data rows holds a value: check that the values are filled in.',
	'none.noRows':
		'{file}: no row could be imported, because there are no data rows below the header: check that the file holds more than its header.',
	'none.because':
		'{file}: no row could be imported, {n} rows have errors; the first, on line {row}: {whyEn}',
	'none.alreadyLoaded': '{file}: all {n} figures are already loaded, so nothing new is added.',
	'session.none': 'There is no import being previewed: choose the file again.',
	'session.failed':
		'Something went wrong while reading or importing: try again; if it happens again, save the file as CSV in Excel and import that.',
	'session.refused': '{name}: {whyEn} The loaded data is unchanged.',
	'session.label': 'the import of "{name}"',
	'session.applied': 'Imported {n} figures from "{name}". Use Undo to take them out.',

	'cli.unreadable': 'Cannot read the file {path}: check the path and that it may be read.',
	'cli.directory': '{path} is a directory, not a file: name a data file inside it.',
	'cli.notRegular':
		'{path} is not a regular file (a device, a pipe or a socket) and has no known length: save the data to a file and import that.',
	'cli.tooLarge':
		'{path} is {size}, more than the {limit} that can be read: split the data into smaller files.',
	'cli.output':
		'Cannot write the output ({code}): the reader closed it or it is full, so the result is incomplete.',
	'cli.importUsage':
		'import takes exactly one file: npm run --silent cli -- import FILE.csv [--format json|text].',
	'cli.encoding': '--encoding must be one of {list}, not "{value}".'
};
