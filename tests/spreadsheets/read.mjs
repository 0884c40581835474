// Opens the XLSX file named on the command line with exceljs and with SheetJS and prints, as JSON, what each reader
// found: every sheet's name and cells (type, value, number format) and, from exceljs, frozen panes, column widths
// and cell fills. A reader that cannot open the file makes the script fail with its error.
import ExcelJS from 'exceljs';
import XLSX from 'xlsx';

const path = process.argv[2];

const exceljsType = (cell) => {
  switch (cell.type) {
    case ExcelJS.ValueType.Number: return 'n';
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.SharedString:
    case ExcelJS.ValueType.RichText: return 's';
    case ExcelJS.ValueType.Boolean: return 'b';
    case ExcelJS.ValueType.Date: return 'd';
    case ExcelJS.ValueType.Formula: return 'f';
    default: return 'other';
  }
};

const workbook = new ExcelJS.Workbook();
await workbook.xlsx.readFile(path);
const exceljs = workbook.worksheets.map((sheet) => {
  const cells = {};
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells[cell.address] = {
        t: exceljsType(cell),
        v: cell.type === ExcelJS.ValueType.RichText ? cell.text : cell.value,
        z: cell.numFmt ?? null,
        fill: cell.fill?.fgColor?.argb ?? null,
        bold: cell.font?.bold ?? false,
      };
    });
  });
  const view = sheet.views?.[0] ?? {};
  return {
    name: sheet.name,
    frozen: view.state === 'frozen' ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : null,
    widths: sheet.columns?.map((column) => column.width ?? null) ?? [],
    merged: sheet.model.merges ?? [],
    cells,
  };
});

const book = XLSX.readFile(path, { cellNF: true });
const sheetjs = book.SheetNames.map((name) => {
  const sheet = book.Sheets[name];
  const cells = {};
  for (const [address, cell] of Object.entries(sheet)) {
    if (address.startsWith('!')) continue;
    cells[address] = { t: cell.t, v: cell.v, z: cell.z ?? null };
  }
  return { name, cells };
});

process.stdout.write(JSON.stringify({ exceljs, sheetjs }));
