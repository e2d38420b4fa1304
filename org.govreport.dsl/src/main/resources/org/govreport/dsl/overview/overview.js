// The office's overview page: sort by a column, filter the rows, draw the charts (Apache ECharts, SVG renderer).
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('overview-data').textContent);
  var table = document.getElementById('reports');
  var body = table.tBodies[0];
  var filter = document.getElementById('filter');
  var status = document.getElementById('status');
  var count = document.getElementById('count');

  // A cell sorts by its data-v (numbers; an empty one last), else by its text in Chinese order.
  function key(row, column, numeric) {
    var cell = row.cells[column];
    if (!numeric) { return cell.textContent; }
    var v = cell.getAttribute('data-v');
    return v === null || v === '' ? null : Number(v);
  }
  table.tHead.addEventListener('click', function (event) {
    var th = event.target.closest('th');
    if (!th) { return; }
    var column = th.cellIndex;
    var numeric = th.getAttribute('data-type') === 'num';
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var rows = Array.prototype.slice.call(body.rows);
    var collator = new Intl.Collator('zh-CN');
    rows.sort(function (a, b) {
      var x = key(a, column, numeric), y = key(b, column, numeric);
      if (x === null || y === null) { return x === y ? 0 : x === null ? 1 : -1; }
      var c = numeric ? x - y : collator.compare(x, y);
      return ascending ? c : -c;
    });
    var fragment = document.createDocumentFragment();
    rows.forEach(function (r) { fragment.appendChild(r); });
    body.appendChild(fragment);
  });

  function applyFilter() {
    var words = filter.value.trim().split(/\s+/).filter(Boolean);
    var wanted = status.value;
    var shown = 0;
    Array.prototype.forEach.call(body.rows, function (row) {
      var text = row.textContent;
      var show = (!wanted || row.getAttribute('data-status') === wanted)
        && words.every(function (w) { return text.indexOf(w) >= 0; });
      row.hidden = !show;
      if (show) { shown++; }
    });
    count.textContent = '显示 ' + shown + ' / ' + body.rows.length + ' 份';
  }
  filter.addEventListener('input', applyFilter);
  status.addEventListener('change', applyFilter);
  // Every row shows at first: counting them touches none (a pass over 10,000 rows would slow the opening).
  count.textContent = '显示 ' + body.rows.length + ' / ' + body.rows.length + ' 份';

  var charts = [];
  function chart(id, option) {
    var element = document.getElementById(id);
    if (!element || !window.echarts) { return; }
    var c = window.echarts.init(element, null, { renderer: 'svg' });
    option.animation = false;
    option.tooltip = option.tooltip || { trigger: 'axis' };
    c.setOption(option);
    charts.push(c);
  }
  var grid = { left: 8, right: 24, top: 40, bottom: 8, containLabel: true };
  chart('chart-outcomes', {
    legend: { top: 0 },
    grid: grid,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', name: '件' },
    yAxis: { type: 'category', data: data.outcomes.organs, inverse: true, axisLabel: { width: 220, overflow: 'truncate' } },
    series: data.outcomes.kinds.map(function (kind, i) {
      return { name: kind, type: 'bar', stack: 'outcomes', data: data.outcomes.values[i] };
    })
  });
  chart('chart-years', {
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 24, top: 64, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: data.years.years },
    yAxis: { type: 'value', name: '本年新收' },
    series: data.years.organs.map(function (o) {
      return { name: o.name, type: 'line', data: o.values, connectNulls: false };
    })
  });
  chart('chart-codes', {
    grid: grid,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: data.codes.codes },
    yAxis: { type: 'value', name: '次数' },
    series: [{ type: 'bar', name: '次数', data: data.codes.counts, itemStyle: { color: '#cf222e' }, label: { show: true, position: 'top' } }]
  });
  // Print: charts take the width of an A4 page, then the screen's again.
  window.addEventListener('beforeprint', function () { charts.forEach(function (c) { c.resize({ width: 960 }); }); });
  window.addEventListener('afterprint', function () { charts.forEach(function (c) { c.resize(); }); });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  document.documentElement.setAttribute('data-ready', String(Math.round(performance.now())));
})();
