#!/usr/bin/env python3
"""Writes the import fixtures of this folder from the expected reports (report-*.json).

Each fixture is one of the reports published in one of the layouts that real published reports take
(see standard.md, "What real reports look like"); fixtures.tsv says which report and which layout, and
what the importer must make of cells that are not plain numbers. Run it from this folder; the PDF
fixtures also need reportlab, the WenQuanYi Zen Hei font and pdftotext (Debian: python3-reportlab,
fonts-wqy-zenhei, poppler-utils) and are kept as they are when those are missing.
"""
import json, os, re, shutil, subprocess, zipfile

FORMS = json.load(open('../../../../../org.govreport.dsl/src/main/resources/org/govreport/dsl/form/forms.json', encoding='utf-8'))
FORM = {f['format']: f for f in FORMS['forms']}
SECTION_NO = '一二三四五六'


def flat_rows(node, groups=()):
    """(row, groups, columns) of a table of forms.json, in order."""
    out = []
    for r in node.get('rows') or node.get('groups'):
        cols = r.get('columns') or node.get('columns')
        if 'rows' in r:
            g = r.get('group') or r.get('label')
            sub = dict(r, columns=cols)
            out += flat_rows(sub, groups + ((g,) if g else ()))
        else:
            out.append((r, groups, cols))
    return out


def cell(v):
    return '' if v is None else str(v)


def grid(report, table_id):
    """The published table as rows of cells, as the form prints it."""
    form = FORM[report['format']]
    table = [t for t in form['tables'] if t['id'] == table_id][0]
    data = report[table_id]
    rows = []
    if table_id == 'proactive':
        seen = None
        for r, groups, cols in flat_rows(table):
            if groups[0] != seen:
                seen = groups[0]
                rows.append([groups[0]])
                rows.append([table['corner']] + [c.get('verbatim', c['label']) for c in cols])
            rows.append([r.get('verbatim', r['label'])] + [cell(data[r['id']][c['id']]) for c in cols])
    elif table_id == 'requests':
        cols = table['columns']
        rows.append([table['note'], table['corner']])
        rows.append(['自然人', '法人或其他组织', '总计'])
        rows.append([c['label'] for c in cols if c.get('parent')])
        printed = set()
        for r, groups, _ in flat_rows(table):
            lead = [g for g in groups if g not in printed]
            printed.update(groups)
            rows.append(lead + [r.get('verbatim', r['label'])] + [cell(data[r['id']][c['id']]) for c in cols])
    else:
        cols = [c['label'] for c in table['columns']]
        rows.append(['行政复议', '行政诉讼'])
        rows.append(cols + ['未经复议直接起诉', '复议后起诉'])
        rows.append(cols + cols)
        rows.append([cell(data[g][c['id']]) for g in ('review', 'litigation_direct', 'litigation_after_review')
                     for c in table['columns']])
    return rows


def document(report, render, head=(), tail=(), inside=None):
    """The whole published text: title, furniture, preface, six sections with prose and tables."""
    form = FORM[report['format']]
    out = list(head)
    out.append(f"{report['organ']}{report['year']}年政府信息公开工作年度报告")
    out.append(report['preface'])
    for i, s in enumerate(form['sections']):
        out.append(f"{s['number']}、{s['title']}")
        out += [p for p in report['sections'][str(i + 1)].split('\n') if p]
        if s.get('table'):
            rows = grid(report, s['table'])
            if inside and s['table'] == 'requests':
                rows = rows[:12] + [[inside]] + rows[12:]
            out.append(render(rows))
    out += list(tail)
    return '\n'.join(out) + '\n'


# ---- layouts of a table ----
def cell_per_line(rows):
    return '\n\n'.join(c for r in rows for c in r)


def pipe_cells(rows):
    lines = []
    for r in rows:
        lines.append('|')
        lines += [c + ' |' for c in r[:-1]] + [r[-1] + ' | ||']
    return '\n'.join(lines)


def tab_indented(rows):
    return '\n\n'.join('\n'.join('\t' + c for c in r) for r in rows)


def tab_rows(rows):
    return '\n'.join('\t'.join(r) for r in rows)


def pipe_rows(rows):
    return '\n'.join('| ' + ' | '.join(r) + ' |' for r in rows)


def column_blocks(rows):
    """As pdftotext without -layout prints a table that stays on its page: the labels one per line, then
    the numbers one column at a time, a block per column, blocks apart; a long table in row groups."""
    out, pending = [], []

    def flush():
        sizes = [4, 16, len(pending) - 20] if len(pending) > 20 else [len(pending)]
        start = 0
        for size in sizes:
            group = pending[start:start + size]
            start += size
            out.extend('\n'.join(r[j] for r in group) for j in range(len(group[0])))
        pending.clear()

    for r in rows:
        values = [c for c in r if re.fullmatch(r'[0-9.]+', c)]
        if values:
            out.extend(c for c in r if c not in values)
            pending.append(values)
        else:
            if pending:
                flush()
            out.extend(r)
    if pending:
        flush()
    return '\n\n'.join(out)


# ---- variations of labels and punctuation ----
def map_cells(rows, f):
    return [[f(c) for c in r] for r in rows]


def spaced(c):
    return ' '.join(c) if c in ('自然人', '总计', '其他') else c


def split_labels(c):
    return {'商业企业': '商业\n企业', '科研机构': '科研\n机构', '结果纠正': '结果\n纠正', '尚未审结': '尚未\n审结'}.get(c, c)


def halfwidth(text):
    return text.translate(str.maketrans({'（': '(', '）': ')', '：': ':', '，': ',', '；': ';'}))


def numbering_dun(c):
    return re.sub(r'^(\d)\.', r'\1、', c)


def drop_natural_person(rows):
    return [[c for c in r if c != '自然人'] if '法人或其他组织' in r else r for r in rows]


def traditional(text):
    pairs = [l.strip() for l in open('../../../../../org.govreport.dsl/src/main/resources/org/govreport/dsl/imports/traditional.txt', encoding='utf-8')
             if len(l.strip()) == 2 and not l.startswith('#')]
    back = {}
    for p in pairs:
        back.setdefault(p[1], p[0])
    return ''.join(back.get(ch, ch) for ch in text)


NAV = ['首页 > 政府信息公开 > 年度报告', '【字体：大 中 小】 打印 分享到']
FOOT = ['扫一扫在手机打开当前页', '主办单位：测试市云岭区人民政府办公室 版权所有 ICP备00000000号']


def write(name, text, encoding='utf-8'):
    with open(name, 'wb') as f:
        f.write(text.encode(encoding))


def html_table(report, flat=False):
    def render(rows):
        if flat:
            return '\n'.join('<div class="row">' + ''.join(f'<p>{c}</p>' for c in r) + '</div>' for r in rows)
        body = []
        for r in rows:
            body.append('<tr>' + ''.join(f'<td>{c.replace(chr(10), "<br>")}</td>' for c in r) + '</tr>')
        return '<table border="1">\n' + '\n'.join(body) + '\n</table>'
    text = document(report, lambda rows: '\x00' + render(rows) + '\x00')
    parts = text.split('\x00')
    html = []
    for i, part in enumerate(parts):
        if i % 2:
            html.append(part)
        else:
            html += [f'<p>{l}</p>' for l in part.split('\n') if l]
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>年度报告</title>'
            '<script>var nav = "首页";</script></head><body>\n<div class="nav"><a href="/">首页</a> &gt; <a>年度报告</a></div>\n'
            '<div class="content">\n' + '\n'.join(html) + '\n</div>\n<div class="footer">扫一扫在手机打开当前页</div>\n</body></html>\n')


def docx(report, name):
    def para(t):
        t = t.replace('&', '&amp;').replace('<', '&lt;')
        return f'<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
    def render(rows):
        trs = []
        for r in rows:
            tcs = ''.join('<w:tc>' + ''.join(para(x) for x in split_labels(c).split('\n')) + '</w:tc>' for c in r)
            trs.append(f'<w:tr>{tcs}</w:tr>')
        return '\x00<w:tbl>' + ''.join(trs) + '</w:tbl>\x00'
    text = document(report, render)
    body = []
    for i, part in enumerate(text.split('\x00')):
        body.append(part if i % 2 else ''.join(para(l) for l in part.split('\n') if l))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + ''.join(body) + '</w:body></w:document>')
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr('word/document.xml', xml)


def pdf(report, name):
    """A PDF with the tables drawn as text in columns (long labels wrapped), then pdftotext both ways."""
    try:
        from reportlab.pdfgen import canvas
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
    except ImportError:
        return False
    font = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'
    if not os.path.exists(font) or not shutil.which('pdftotext'):
        return False
    pdfmetrics.registerFont(TTFont('zh', font, subfontIndex=0))
    c = canvas.Canvas(name + '.pdf', pagesize=(595, 842))
    y = [800]
    page = [1]

    def line(x, text, size=9):
        c.setFont('zh', size)
        c.drawString(x, y[0], text)

    def down(dy=14):
        y[0] -= dy
        if y[0] < 60:
            c.setFont('zh', 8)
            c.drawString(280, 30, f'— {page[0]} —')
            c.showPage()
            page[0] += 1
            y[0] = 800

    def prose(text):
        while text:
            line(40, text[:40])
            text = text[40:]
            down()

    def table(rows):
        for r in rows:
            labels = [x for x in r if not re.fullmatch(r'-?[0-9.]*', x)]
            values = r[len(labels):]
            if not values:
                line(40, '   '.join(labels).replace('\n', ''))
                down()
                continue
            if not labels:
                for j, v in enumerate(values):
                    c.drawRightString(60 + j * 30, y[0], v)
                down()
                continue
            label = labels[-1]
            wrapped = [label[i:i + 18] for i in range(0, len(label), 18)]
            for k, part in enumerate(wrapped):
                line(60, part)
                if k == 0:
                    for j, v in enumerate(values):
                        c.drawRightString(360 + j * 28, y[0], v)
                down(12)
    prose(f"{report['organ']}{report['year']}年政府信息公开工作年度报告")
    prose(report['preface'])
    for i, s in enumerate(FORM[report['format']]['sections']):
        prose(f"{s['number']}、{s['title']}")
        for p in report['sections'][str(i + 1)].split('\n'):
            if p:
                prose(p)
        if s.get('table'):
            table(grid(report, s['table']))
    c.setFont('zh', 8)
    c.drawString(280, 30, f'— {page[0]} —')
    c.save()
    subprocess.run(['pdftotext', '-layout', name + '.pdf', name + '-layout.txt'], check=True)
    subprocess.run(['pdftotext', name + '.pdf', name + '-raw.txt'], check=True)
    os.remove(name + '.pdf')
    return True


def main():
    r21 = json.load(open('report-2021.json', encoding='utf-8'))
    r19 = json.load(open('report-2019.json', encoding='utf-8'))
    wrong = json.load(open('report-wrong.json', encoding='utf-8'))

    write('cell-per-line.txt', document(r21, lambda rows: cell_per_line(map_cells(drop_natural_person(rows), split_labels)),
                                        head=NAV + ['来源：青石镇 发布时间：2026-01-18 09:30'], tail=FOOT))
    write('pipe-cells.txt', halfwidth(document(r21, pipe_cells, tail=['云岭区政府网'])))
    write('tab-indented.txt', document(r21, lambda rows: tab_indented(map_cells(rows, split_labels)),
                                       tail=[r21['organ'], '2026年1月18日']))
    write('tab-rows.txt', document(r21, lambda rows: tab_rows(map_cells(rows, lambda c: spaced(numbering_dun(c)))),
                                   head=NAV, inside='第 2 页 共 3 页'))
    write('pipe-rows.txt', halfwidth(document(r19, pipe_rows)))
    write('pdf-raw-blocks.txt', document(r21, column_blocks, tail=['—2—']))
    write('traditional.txt', traditional(document(r21, tab_rows)))
    write('gb18030.txt', document(r21, cell_per_line), 'gb18030')
    write('utf16.txt', '\ufeff' + document(r21, tab_rows), 'utf-16-le')
    write('utf16be-nobom.txt', document(r21, tab_rows), 'utf-16-be')
    write('utf8-bom.txt', '\ufeff' + document(r21, pipe_cells))
    write('wrong.txt', document(wrong, cell_per_line))
    write('html-table.html', html_table(r21))
    write('html-flat.html', html_table(r19, flat=True))
    docx(r21, 'report.docx')

    blank = json.loads(json.dumps(r21))
    for row in blank['requests'].values():
        for k, v in row.items():
            if v == 0:
                row[k] = None
    blank['proactive']['regulations'] = {'issued': '/', 'repealed': '/', 'in_force': '/'}
    write('blank-slash.txt', document(blank, tab_rows))

    damaged = json.loads(json.dumps(r21))
    damaged['requests']['granted']['natural_person'] = '2O'
    damaged['requests']['unable.not_held']['commercial'] = 'x'
    doc = document(damaged, cell_per_line)
    # the row of denied.third_party loses one number (a cell the scraper swallowed)
    doc = doc.replace('4.保护第三方合法权益\n\n2\n\n0\n\n', '4.保护第三方合法权益\n\n2\n\n', 1)
    write('damaged.txt', doc)

    if not pdf(r21, 'pdf'):
        print('PDF fixtures kept as they are (reportlab, wqy-zenhei or pdftotext missing)')


if __name__ == '__main__':
    main()
