#!/usr/bin/env python3
"""Writes one workbook holding a district's registration tables as sheets, as many clerks keep 附表2 and
附表4: a sheet per table of a `nominate check --format json` report's batch `registration` tables (附表2 for the
stars, 附表4 for the projects), each with its header row and rows as the report read them. Made by Python's
zipfile with inline strings, as small hand-made tools write .xlsx.

    two_sheet_workbook.py REPORT.json OUT.xlsx
"""
import json
import sys
import zipfile
from xml.sax.saxutils import escape

NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'


def column(index):
    name = ''
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def sheet_xml(rows):
    out = []
    for r, row in enumerate(rows):
        cells = ''.join(
            f'<c r="{column(c)}{r + 1}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'
            for c, value in enumerate(row) if value)
        out.append(f'<row r="{r + 1}">{cells}</row>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{NS}"><sheetData>{"".join(out)}</sheetData></worksheet>'


def main(report_path, out_path):
    report = json.load(open(report_path, encoding='utf-8'))
    sheets = []
    for entry in report['batch']:
        for table in entry.get('registration', []):
            headers = list(table['rows'][0]['values'])
            rows = [['附表2' if table['kind'] == 'star' else '附表4'], headers]
            rows += [[row['values'].get(header, '') for header in headers] for row in table['rows']]
            sheets.append(('附表2' if table['kind'] == 'star' else '附表4', rows))
    with zipfile.ZipFile(out_path, 'w', zipfile.ZIP_DEFLATED) as z:
        overrides = ''.join(
            f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(len(sheets)))
        z.writestr('[Content_Types].xml',
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" '
                   'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   f'{overrides}</Types>')
        z.writestr('_rels/.rels',
                   f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PKG}">'
                   f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        names = ''.join(f'<sheet name="{escape(name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
                        for i, (name, _) in enumerate(sheets))
        z.writestr('xl/workbook.xml',
                   f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{NS}" '
                   f'xmlns:r="{REL}"><sheets>{names}</sheets></workbook>')
        links = ''.join(f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                        for i in range(len(sheets)))
        z.writestr('xl/_rels/workbook.xml.rels',
                   f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PKG}">'
                   f'{links}</Relationships>')
        for i, (_, rows) in enumerate(sheets):
            z.writestr(f'xl/worksheets/sheet{i + 1}.xml', sheet_xml(rows))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
