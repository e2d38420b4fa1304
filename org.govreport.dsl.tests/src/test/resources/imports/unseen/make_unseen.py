#!/usr/bin/env python3
"""Writes the fixtures of this folder: one made-up report (report-unseen.json, its tables adding up)
published in the layouts of issue 19 that the importer had never seen — cells dropped by a PDF-to-
Markdown converter, headings run into the text, label variants, the 2019 form's combined row in a 2021
report, tables after the prose, vertical labels, a report inside a page's script, a blank 总计 column and
rows with their digits run together. Run it from anywhere: python3 make_unseen.py
"""
import json, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
FORMS = json.load(open(os.path.join(HERE, '../../../../../../org.govreport.dsl/src/main/resources/org/govreport/dsl/form/forms.json'), encoding='utf-8'))
F21 = [f for f in FORMS['forms'] if f['format']=='2021'][0]
def flat_rows(node, groups=()):
    out = []
    for r in node.get('rows') or node.get('groups'):
        cols = r.get('columns') or node.get('columns')
        if 'rows' in r:
            g = r.get('group') or r.get('label')
            out += flat_rows(dict(r, columns=cols), groups + ((g,) if g else ()))
        else:
            out.append((r, groups, cols))
    return out
T = {t['id']: t for t in F21['tables']}
REQ = flat_rows(T['requests'])
random.seed(19)
cols = [c['id'] for c in T['requests']['columns']]
ids = [r['id'] for r,_,_ in REQ]
vals = {i: [0]*7 for i in ids}
res = ids[2:ids.index('total')]
for c in range(6):
    h = 0
    for r in res:
        v = random.choice([0,0,0,random.randint(1,9)]) if c < 5 else random.choice([0,0,1,2])
        if c == 0: v = random.choice([0,random.randint(1,30)])
        vals[r][c] = v; h += v
    vals['total'][c] = h
    vals['carried_forward'][c] = random.randint(0,3)
    vals['carried_over'][c] = min(random.randint(0,4), h + vals['carried_forward'][c])
    vals['new'][c] = h + vals['carried_forward'][c] - vals['carried_over'][c]
for i in ids: vals[i][6] = sum(vals[i][:6])
rep = {"format": "2021", "organ": "测试省临川县白鹭乡人民政府", "year": 2024, "date": "2025-01-21",
 "proactive": {"regulations": {"issued": 0, "repealed": 0, "in_force": 2},
   "normative_documents": {"issued": 7, "repealed": 2, "in_force": 38},
   "licensing": {"decisions": 906}, "punishment": {"decisions": 133}, "enforcement": {"decisions": 11},
   "fees": {"amount": "3.75"}},
 "requests": {i: dict(zip(cols, vals[i])) for i in ids},
 "appeals": {"review": {"upheld": 3, "corrected": 1, "other": 0, "pending": 2, "total": 6},
   "litigation_direct": {"upheld": 1, "corrected": 0, "other": 1, "pending": 0, "total": 2},
   "litigation_after_review": {"upheld": 0, "corrected": 0, "other": 0, "pending": 1, "total": 1}},
 "sections": {"一": "（一）主动公开情况\n白鹭乡全年在乡政府网站发布信息266条，其中政策文件14条。\n（二）依申请公开情况\n全年新收政府信息公开申请%d件，全部按期答复。" % vals['new'][6],
   "二": "本年度制发行政规范性文件7件，废止2件。",
   "三": "全年办结申请%d件。" % vals['total'][6],
   "四": "全年被申请行政复议6件，被提起行政诉讼3件。",
   "五": "一是公开目录更新不够及时。\n二是解读材料形式单一，下一步将增加图表解读。",
   "六": "本机关本年度未收取信息处理费。"}}
with open(os.path.join(HERE, 'report-unseen.json'), 'w', encoding='utf-8') as f:
    f.write(json.dumps(rep, ensure_ascii=False, indent=1) + '\n')
R = rep

OUT = HERE + '/'
def v(table, row, col): return str(R[table][row][col])
def req_rows():
    """(verbatim label, [numbers]) of table 三."""
    return [(r.get('verbatim', r['label']), [v('requests', r['id'], c['id']) for c in cols]) for r, g, cols in REQ]
TITLE = '测试省临川县白鹭乡人民政府2024年政府信息公开工作年度报告'
INTRO = '本报告根据《中华人民共和国政府信息公开条例》编制，统计期限为2024年1月1日至12月31日。'
S = R['sections']
HEADINGS = {s['number']: s['number'] + '、' + s['title'] for s in F21['sections']}
def proactive_lines(sep='\t', drop=None):
    p = R['proactive']
    rows = [('第二十条第（一）项',), ('信息内容','本年制发件数','本年废止件数','现行有效件数'),
        ('规章', str(p['regulations']['issued']), str(p['regulations']['repealed']), str(p['regulations']['in_force'])),
        ('行政规范性文件', str(p['normative_documents']['issued']), str(p['normative_documents']['repealed']), str(p['normative_documents']['in_force'])),
        ('第二十条第（五）项',), ('信息内容','本年处理决定数量'), ('行政许可', str(p['licensing']['decisions'])),
        ('第二十条第（六）项',), ('信息内容','本年处理决定数量'), ('行政处罚', str(p['punishment']['decisions'])), ('行政强制', str(p['enforcement']['decisions'])),
        ('第二十条第（八）项',), ('信息内容','本年收费金额（单位：万元）'), ('行政事业性收费', p['fees']['amount'])]
    return [list(r) for r in rows]
def appeals_lines():
    a = R['appeals']; order = ['upheld','corrected','other','pending','total']
    nums = [str(a[r][c]) for r in ['review','litigation_direct','litigation_after_review'] for c in order]
    return [['行政复议','行政诉讼'], ['结果维持','结果纠正','其他结果','尚未审结','总计','未经复议直接起诉','复议后起诉'],
            ['结果维持','结果纠正','其他结果','尚未审结','总计']*3, nums]
REQ_HEAD = [['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）','申请人情况'], ['自然人','法人或其他组织','总计'],
            ['商业企业','科研机构','社会公益组织','法律服务机构','其他']]
def write(name, text, enc='utf-8'):
    open(OUT + name, 'w', encoding=enc).write(text)
def doc(tables, sep='\t', head=None):
    out = [TITLE, INTRO]
    for n in '一二三四五六':
        out.append(HEADINGS[n]); out += S[n].split('\n')
        if n in tables: out += [sep.join(r) for r in tables[n]]
    out += ['测试省临川县白鹭乡人民政府', '2025年1月21日']
    return '\n'.join(out) + '\n'

def mdrow(cells): return '| ' + ' | '.join(cells) + ' |'
def mdtable(rows):
    out = [mdrow(rows[0]), mdrow(['---'] * len(rows[0]))] + [mdrow(r) for r in rows[1:]]
    return out

# 1. PDF-to-Markdown with cells dropped (a multi-line cell lost by the converter)
def short_rows():
    p = R['proactive']
    out = ['# ' + TITLE, '', INTRO, '']
    for n in '一二三四五六':
        out += ['## ' + HEADINGS[n], ''] + [l for par in S[n].split('\n') for l in (par, '')]
        if n == '二':
            out += mdtable([['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
                            ['规章', '0', '0', '2'],
                            ['行政规范性文件', '2', '38']]) + ['']  # 7（其中修订2件） dropped
            out += mdtable([['信息内容', '本年处理决定数量'], ['行政许可', '906']]) + ['']
            out += mdtable([['信息内容', '本年处理决定数量'], ['行政处罚', '133'], ['行政强制', '11']]) + ['']
            out += mdtable([['信息内容', '本年收费金额（单位：万元）'], ['行政事业性收费', '3.75']]) + ['']
        if n == '三':
            rows = [['申请人情况', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']]
            for label, nums in req_rows():
                nums = list(nums)
                if label.startswith('（二）部分公开'):
                    del nums[3]
                if label.startswith('4.保护第三方'):
                    del nums[4]
                if label.startswith('2.没有现成信息'):
                    del nums[5:7]
                if label.startswith('3.补正后'):
                    label = '3.补正后申请内容仍不清确'  # a wrong character
                rows.append([label] + nums)
            out += mdtable(rows) + ['']
        if n == '四':
            a = appeals_lines()
            nums = a[3][:7] + a[3][8:]  # one cell of 未经复议直接起诉 lost
            out += mdtable([a[2], nums]) + ['']
    out += ['测试省临川县白鹭乡人民政府', '', '2025年1月21日']
    return '\n'.join(out) + '\n'
write('short-rows.md', short_rows())

def tab_tables():
    t = {'二': proactive_lines(), '三': REQ_HEAD + [[l] + n for l, n in req_rows()], '四': appeals_lines()}
    return t

# 2. headings run into the text: sections 一 and 二 in one long line, the tables on lines of their own
def run_on():
    t = tab_tables()
    out = [TITLE, INTRO]
    out.append(HEADINGS['一'] + ''.join(S['一'].split('\n')) + HEADINGS['二'] + S['二'])
    out += ['\t'.join(r) for r in t['二']]
    out.append(S['二'].replace('本年度制发', '全年制发') + HEADINGS['三'] + S['三'])
    out += ['\t'.join(r) for r in t['三']]
    for n in '四五六':
        out.append(HEADINGS[n]); out += S[n].split('\n')
        if n == '四': out += ['\t'.join(r) for r in t['四']]
    out += ['测试省临川县白鹭乡人民政府', '2025年1月21日']
    return '\n'.join(out) + '\n'
write('run-on.txt', run_on())

# web text of the Markdown fixture: the same dropped cells, | rows, no Markdown marks
def short_rows_text():
    lines = []
    for l in short_rows().split('\n'):
        if set(l.replace('|', '').replace(' ', '')) == {'-'}: continue
        lines.append(l.lstrip('# '))
    return '\n'.join(lines)
write('short-rows.txt', short_rows_text())

# 3. the 2019 form's single （六）其他处理 row in a 2021 report
def other_2019():
    t = tab_tables()
    rows = []
    for r in t['三']:
        if r[0].startswith('1.申请人无正当理由'):
            sums = [str(sum(int(R['requests'][i][c['id']]) for i in ['other.no_correction','other.unpaid_fee','other.other'])) for c in T['requests']['columns']]
            rows.append(['（六）其他处理'] + sums)
        elif r[0].startswith('2.申请人逾期未按') or r[0] == '3.其他':
            continue
        else:
            rows.append(r)
    t['三'] = rows
    return doc(t)
write('other-2019-row.txt', other_2019())

# 4. labels as publishers vary them, in a Word-pasted HTML page
def spans(text):
    return '\n'.join('<span style="font-family:仿宋_GB2312">%s</span>' % ch for ch in text)
def label_variants():
    t = tab_tables()
    body = ['<html><head><meta charset="utf-8"><title>%s</title></head><body>' % TITLE, '<h1>%s</h1>' % TITLE, '<p>%s</p>' % INTRO]
    def table(rows):
        out = ['<table border="1">']
        for r in rows:
            out.append('<tr>' + ''.join('<td>%s</td>' % c for c in r) + '</tr>')
        return out + ['</table>']
    for n in '一二三四五六':
        body.append('<p><b>%s</b></p>' % HEADINGS[n])
        body += ['<p>%s</p>' % p for p in S[n].split('\n')]
        if n == '二':
            rows = [list(r) for r in t['二']]
            for r in rows:
                if r[0] == '行政规范性文件': r[0] = '规范性文件'
            body += table(rows)
        if n == '三':
            rows = [['项目'] + ['数据%d' % i for i in range(1, 8)]]
            for label, nums in req_rows():
                if label.startswith('5.属于三类'): label = '5.属于三类内部事信息'
                if label.startswith('2.其他法律'): label = '2.其它法律行政法规禁止公开'
                if label.startswith('（一）予以公开') or label.startswith('1.本机关'):
                    label = spans(label)
                rows.append([label] + nums)
                if label.startswith('8.属于行政查询'):
                    rows.append(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'])
            body += table(rows)
        if n == '四':
            body += table(t['四'])
    body += ['<p>测试省临川县白鹭乡人民政府</p>', '<p>2025年1月21日</p>', '</body></html>']
    return '\n'.join(body) + '\n'
write('label-variants.html', label_variants())

# 5. tables printed after the six chapters, one row of table 三 without its label
def tables_after():
    t = tab_tables()
    out = [TITLE, INTRO]
    for n in '一二三四五六':
        out.append(HEADINGS[n]); out += S[n].split('\n')
    out.append('表一  主动公开政府信息情况')
    out += ['\t'.join(r) for r in t['二']]
    out.append('表二  收到和处理政府信息公开申请情况')
    for r in t['三']:
        out.append('\t'.join([''] + r[1:]) if r[0].startswith('3.危及') else '\t'.join(r))
    out.append('表三  政府信息公开行政复议、行政诉讼情况')
    out += ['\t'.join(r) for r in t['四']]
    out += ['测试省临川县白鹭乡人民政府', '2025年1月21日']
    return '\n'.join(out) + '\n'
write('tables-after.txt', tables_after())

# 6. pdftotext -layout with vertical group labels and a label wrapped around its numbers
def pdf_vertical():
    t = tab_tables()
    out = [TITLE, INTRO]
    def nums(ns): return ''.join('%6s' % x for x in ns)
    for n in '一二三四五六':
        out.append(HEADINGS[n]); out += S[n].split('\n')
        if n == '二':
            for r in t['二']:
                out.append('  ' + r[0] + ('  ' + nums(r[1:]) if len(r) > 1 and r[1][0].isdigit() else '  ' + ' '.join(r[1:])))
        if n == '三':
            out.append('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）   申请人情况')
            out.append('                               自然人   法人或其他组织   总计')
            out.append('                                      商业企业 科研机构 社会公益组织 法律服务机构 其他')
            vertical = {'（一）予以公开': '本', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）': '年', '1.属于国家秘密': '度',
                        '2.其他法律行政法规禁止公开': '办', '3.危及“三安全一稳定”': '理', '4.保护第三方合法权益': '结',
                        '5.属于三类内部事务信息': '果'}
            for label, ns in req_rows():
                if label.startswith('1.申请人无正当理由'):
                    out.append('     1.申请人无正当理由逾期不补正、行政')
                    out.append('     机关不再处理其政府信息公开申请        ' + nums(ns))
                    continue
                if label.startswith('1.本机关不掌握'):
                    out += ['  无', '  法']
                if label.startswith('3.补正后'):
                    out += ['  提', '  供']
                v = vertical.get(label, ' ')
                if label.startswith('（二）部分公开'):
                    out.append(v + '    （二）部分公开（区分处理的，只计这一' + nums(ns))
                    out.append('     情形，不计其他情形）')
                    continue
                out.append(v + '    ' + label + '   ' + nums(ns))
        if n == '四':
            a = t['四']
            out.append('   ' + '   '.join(a[0])); out.append('  '.join(a[1])); out.append(' '.join(a[2]))
            out.append(''.join('%5s' % x for x in a[3]))
    out += ['测试省临川县白鹭乡人民政府', '2025年1月21日']
    return '\n'.join(out) + '\n'
write('pdf-vertical.txt', pdf_vertical())

# 7. the report held in a JavaScript string of a larger page
def embedded():
    t = tab_tables()
    html = ['<p>%s</p>' % INTRO]
    for n in '一二三四五六':
        html.append('<p class=\\"h\\">%s</p>' % HEADINGS[n])
        html += ['<p>%s</p>' % p for p in S[n].split('\n')]
        if n in t:
            html.append('<table border=\\"1\\">' + ''.join('<tr>' + ''.join('<td>%s<\\/td>' % c for c in r) + '<\\/tr>' for r in t[n]) + '<\\/table>')
    html += ['<p>测试省临川县白鹭乡人民政府</p>', '<p>2025年1月21日</p>']
    js = '\\n'.join(html)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head><body>\n' % TITLE +
            '<div class="nav"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/hdjl">互动交流</a></div>\n' +
            '<div class="position">当前位置：首页 &gt; 政府信息公开年报</div>\n<h1>%s</h1>\n<div id="zoom"></div>\n' % TITLE +
            '<script type="text/javascript">\nvar content = "' + js + '";\n$("#zoom").html(content);\n</script>\n' +
            '<div class="footer">主办单位：测试省临川县白鹭乡人民政府 网站标识码：3600000001</div>\n</body></html>\n')
write('embedded-script.html', embedded())

# 8. table 3 with its 总计 column left blank in every row (tab-separated cells, the blank cell kept)
def blank_total():
    t = tab_tables()
    rows = []
    for r in t['三']:
        rows.append(r[:-1] + [''] if len(r) == 8 and r[-1].isdigit() else r)
    t['三'] = rows
    return doc(t)
write('blank-total.txt', blank_total())

# 9. crawled text with a row's cells run together into one string of digits
def run_together():
    t = tab_tables()
    glued = {'（一）予以公开', '4.保护第三方合法权益', '2.重复申请', '3.其他'}
    tabbed = {'6.属于四类过程性信息', '1.本机关不掌握相关政府信息'}
    rows = []
    for r in t['三']:
        if r[0] in glued:
            rows.append([r[0] + ''.join(r[1:])])
        elif r[0] in tabbed:
            rows.append([r[0], ''.join(r[1:])])
        else:
            rows.append(r)
    t['三'] = rows
    return doc(t)
write('run-together.txt', run_together())
