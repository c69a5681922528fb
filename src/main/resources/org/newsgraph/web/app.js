// newsgraph web page: find a person, their profile, their network step by step, the evidence of every edge,
// tables that sort, page and download, and questions in English or SPARQL. Talks only to this server.
(function () {
  'use strict';
  var busy = 0;
  var cy = null;
  var graph = { nodes: {}, edges: {} };
  var current = null;
  var selftest = {};
  var topicFilter = null;

  function $(id) { return document.getElementById(id); }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  function working(delta) {
    busy += delta;
    $('busy').className = busy > 0 ? 'on' : '';
  }

  // A GET or POST that shows the spinner while it runs and a readable message when it fails.
  function api(url, options) {
    working(1);
    $('error').textContent = '';
    return fetch(url, options).then(function (r) {
      return r.text().then(function (t) {
        var j = null;
        try { j = JSON.parse(t); } catch (e) { j = null; }
        if (!r.ok) {
          throw new Error(j && j.error ? j.error : 'the server answered ' + r.status + (t ? ': ' + t.split('\n')[0] : ''));
        }
        if (j === null) { throw new Error('the server sent something that is not JSON'); }
        return j;
      });
    }).catch(function (e) {
      var m = e.message === 'Failed to fetch' ? 'the server cannot be reached' : e.message;
      $('error').textContent = m;
      throw e;
    }).finally(function () { working(-1); });
  }

  // ---- tables: sortable, paged, downloadable as CSV ------------------------------------------------------
  function Table(target, columns, rows, options) {
    this.target = target;
    this.columns = columns;
    this.rows = rows;
    this.sort = options.sort || null;
    this.desc = options.desc !== false;
    this.page = 0;
    this.size = options.size || 20;
    this.onRow = options.onRow || null;
    this.name = options.name || 'answers';
    this.render();
  }

  Table.prototype.sorted = function () {
    var k = this.sort;
    var desc = this.desc;
    if (!k) { return this.rows.slice(); }
    return this.rows.slice().sort(function (a, b) {
      var x = a[k];
      var y = b[k];
      var c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return desc ? -c : c;
    });
  };

  Table.prototype.render = function () {
    var self = this;
    var t = this.target;
    t.innerHTML = '';
    var rows = this.sorted();
    var pages = Math.max(1, Math.ceil(rows.length / this.size));
    this.page = Math.min(this.page, pages - 1);
    var table = el('table');
    var head = el('tr');
    this.columns.forEach(function (c) {
      var th = el('th', c.title);
      if (self.sort === c.key) { th.className = self.desc ? 'sorted-desc' : 'sorted-asc'; }
      th.addEventListener('click', function () {
        if (self.sort === c.key) { self.desc = !self.desc; } else { self.sort = c.key; self.desc = c.numeric === true; }
        self.render();
      });
      head.appendChild(th);
    });
    table.appendChild(head);
    rows.slice(this.page * this.size, (this.page + 1) * this.size).forEach(function (r) {
      var tr = el('tr', null, 'row');
      self.columns.forEach(function (c) { tr.appendChild(el('td', r[c.key] === undefined ? '' : String(r[c.key]))); });
      if (self.onRow) {
        tr.addEventListener('click', function () {
          var old = t.querySelectorAll('tr.selected');
          for (var i = 0; i < old.length; i++) { old[i].classList.remove('selected'); }
          tr.classList.add('selected');
          self.onRow(r);
        });
      }
      table.appendChild(tr);
    });
    t.appendChild(table);
    var pager = el('div', null, 'pager');
    var prev = el('button', '‹ previous');
    prev.disabled = this.page === 0;
    prev.addEventListener('click', function () { self.page--; self.render(); });
    var next = el('button', 'next ›');
    next.disabled = this.page >= pages - 1;
    next.addEventListener('click', function () { self.page++; self.render(); });
    var csv = el('button', 'download CSV');
    csv.addEventListener('click', function () { self.download(); });
    pager.appendChild(prev);
    pager.appendChild(el('span', 'page ' + (this.page + 1) + ' of ' + pages + ' · ' + rows.length + ' row(s)'));
    pager.appendChild(next);
    pager.appendChild(csv);
    t.appendChild(pager);
  };

  Table.prototype.csv = function () {
    var cols = this.columns;
    function cell(v) {
      var s = v === undefined || v === null ? '' : String(v);
      return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    }
    var lines = [cols.map(function (c) { return cell(c.title); }).join(',')];
    this.sorted().forEach(function (r) { lines.push(cols.map(function (c) { return cell(r[c.key]); }).join(',')); });
    return lines.join('\r\n') + '\r\n';
  };

  Table.prototype.download = function () {
    var text = this.csv();
    selftest.csv = text;
    var a = el('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    a.download = this.name + '.csv';
    document.body.appendChild(a);
    a.click();
    a.remove();
  };

  var table = null;

  function sparqlRows(j) {
    var vars = j.head.vars;
    var rows = j.results.bindings.map(function (b) {
      var r = {};
      vars.forEach(function (v) {
        var x = b[v];
        r[v] = !x ? '' : (x.datatype && /integer|decimal|double/.test(x.datatype) ? Number(x.value) : x.value);
      });
      return r;
    });
    return { columns: vars.map(function (v) { return { key: v, title: v, numeric: rows.length > 0 && typeof rows[0][v] === 'number' }; }), rows: rows };
  }

  function showAnswers(title, j, name) {
    var t = sparqlRows(j);
    $('table-title').textContent = title;
    var numeric = t.columns.filter(function (c) { return c.numeric; });
    table = new Table($('table'), t.columns, t.rows, { sort: numeric.length ? numeric[numeric.length - 1].key : null, name: name });
  }

  // ---- questions -------------------------------------------------------------------------------------------
  function ask(q) {
    return api('/api/ask?q=' + encodeURIComponent(q)).then(function (j) { showAnswers('Answers: ' + q, j, 'answers'); });
  }

  function sparql(q) {
    return api('/newsgraph/sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/sparql-query', 'Accept': 'application/sparql-results+json' },
      body: q
    }).then(function (j) {
      if (j.boolean !== undefined) {
        $('table-title').textContent = 'SPARQL: ' + j.boolean;
        $('table').textContent = '';
      } else {
        showAnswers('SPARQL results', j, 'sparql');
      }
    });
  }

  // ---- search --------------------------------------------------------------------------------------------
  var searchTimer = null;
  var hits = [];

  function search(text) {
    if (text.trim().length < 2) { $('hits').hidden = true; return Promise.resolve([]); }
    return api('/api/search?q=' + encodeURIComponent(text)).then(function (list) {
      hits = list;
      var ul = $('hits');
      ul.innerHTML = '';
      list.forEach(function (h, i) {
        var li = el('li', h.label);
        li.appendChild(el('small', '  ' + h.documents + ' document(s)'));
        if (i === 0) { li.className = 'active'; }
        li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(h); });
        ul.appendChild(li);
      });
      if (!list.length) { ul.appendChild(el('li', 'nobody by that name')); }
      ul.hidden = false;
      return list;
    });
  }

  function choose(h) {
    $('hits').hidden = true;
    $('search').value = h.label;
    return openPerson(h.id);
  }

  // ---- a person --------------------------------------------------------------------------------------------
  function chips(list, key, extra) {
    var d = el('div', null, 'chips');
    list.forEach(function (x) { d.appendChild(el('span', key ? x[key] + (extra ? ' (' + x[extra] + ')' : '') : x)); });
    return d;
  }

  function openPerson(id) {
    current = id;
    return api('/api/person?id=' + encodeURIComponent(id)).then(function (p) {
      $('profile-name').textContent = p.label;
      var b = $('profile-body');
      b.innerHTML = '';
      b.className = '';
      if (p.forms.length) { b.appendChild(el('h3', 'Also written')); b.appendChild(chips(p.forms)); }
      if (p.countries.length) { b.appendChild(el('h3', 'Countries (reports)')); b.appendChild(chips(p.countries, 'country', 'reports')); }
      if (p.roles.length) {
        b.appendChild(el('h3', 'Roles'));
        var rt = el('table');
        var h = el('tr');
        ['role', 'country', 'dates', 'reports', 'documents'].forEach(function (c) { h.appendChild(el('th', c)); });
        rt.appendChild(h);
        p.roles.sort(function (x, y) { return y.reports - x.reports; }).slice(0, 12).forEach(function (r) {
          var tr = el('tr');
          tr.appendChild(el('td', r.role));
          tr.appendChild(el('td', r.country));
          tr.appendChild(el('td', !r.first ? '' : r.first === r.last ? r.first : r.first + ' – ' + r.last));
          tr.appendChild(el('td', String(r.reports)));
          tr.appendChild(el('td', r.documents.slice(0, 4).join(', ') + (r.documents.length > 4 ? ', …' : '')));
          rt.appendChild(tr);
        });
        b.appendChild(rt);
      }
      b.appendChild(el('h3', 'Sources'));
      b.appendChild(el('div', p.documents.length + ' document(s): ' + p.documents.slice(0, 8).map(function (d) {
        return d.id + (d.date ? ' (' + d.date + ')' : '');
      }).join(', ') + (p.documents.length > 8 ? ', …' : ''), 'muted'));
      if (canCorrect) { b.appendChild(correctionForm(p)); }
      interactions(p);
      timeline(p);
      graph = { nodes: {}, edges: {} };
      return expand(id);
    });
  }

  function interactions(p) {
    var rows = p.interactions.map(function (x) {
      return { id: x.id, counterpart: x.label, kind: x.kind, modality: x.modality, reports: x.reports,
        confidence: x.confidence, first: x.first, last: x.last, documents: x.documents.join(' '), evidence: x.evidence };
    });
    $('table-title').textContent = 'Met and contacted by ' + p.label;
    table = new Table($('table'), [
      { key: 'counterpart', title: 'counterpart' }, { key: 'kind', title: 'kind' },
      { key: 'modality', title: 'modality' }, { key: 'reports', title: 'reports', numeric: true },
      { key: 'confidence', title: 'confidence', numeric: true },
      { key: 'first', title: 'first' }, { key: 'last', title: 'last' },
      { key: 'documents', title: 'documents' }, { key: 'evidence', title: 'evidence' }
    ], rows, { sort: 'reports', name: p.label.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase() + '-interactions',
      onRow: function (r) { highlight(current, r.id); evidence(current, r.id, r.kind); } });
  }

  function timeline(p) {
    var ul = $('timeline');
    ul.innerHTML = '';
    var items = p.interactions.slice().sort(function (a, b) {
      return (a.first || '9999') < (b.first || '9999') ? -1 : (a.first || '9999') > (b.first || '9999') ? 1 : 0;
    });
    if (!items.length) { ul.appendChild(el('li', 'No meetings or contacts.', 'muted')); }
    items.forEach(function (x) {
      var when = x.first ? (x.first === x.last ? x.first : x.first + ' – ' + x.last) : 'undated';
      ul.appendChild(el('li', when + ': ' + (x.kind === 'met' ? 'met ' : 'contacted ') + x.label
        + (x.modality !== 'happened' ? ' (' + x.modality + ')' : '') + ', ' + x.reports + ' report(s)'));
    });
  }

  // Merge and keep-apart, where the server allows writes (serve --allow-update --auth FILE), as resolve does them.
  var canCorrect = false;

  function correctionForm(p) {
    var f = el('form');
    f.appendChild(el('h3', 'Correct'));
    var other = el('input');
    other.placeholder = 'another person (name or slug)';
    var reason = el('input');
    reason.placeholder = 'why';
    f.appendChild(other);
    f.appendChild(reason);
    [['merge', 'Merge'], ['keep-apart', 'Keep apart']].forEach(function (a) {
      var btn = el('button', a[1]);
      btn.type = 'button';
      btn.addEventListener('click', function () {
        api('/api/resolve', { method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ action: a[0], a: p.id.replace(/.*\//, ''), b: other.value, reason: reason.value }) })
          .then(function (r) {
            $('error').textContent = r.done + ' (' + r.people + ' people)';
            return search(p.label).then(function (l) { if (l.length) { choose(l[0]); } });
          }).catch(function () {});
      });
      f.appendChild(btn);
    });
    return f;
  }

  // ---- the network ---------------------------------------------------------------------------------------
  function expand(id) {
    return api('/api/ego?id=' + encodeURIComponent(id)).then(function (g) {
      g.nodes.forEach(function (n) {
        var old = graph.nodes[n.id];
        graph.nodes[n.id] = { id: n.id, label: n.label, degree: n.degree, center: n.id === current || (old && old.center) };
      });
      g.edges.forEach(function (e) {
        graph.edges[e.source + '|' + e.target + '|' + e.kind + '|' + e.modality] = e;
      });
      draw();
      return g;
    });
  }

  function shown(e) {
    var min = Number($('min-reports').value);
    var from = $('date-from').value;
    var to = $('date-to').value;
    if (e.reports < min) { return false; }
    if (e.modality !== 'happened' && !$('show-planned').checked) { return false; }
    if (topicFilter && !(e.topics || []).some(function (t) { return topicFilter[t]; })) { return false; }
    if (from || to) {
      return e.dates.some(function (d) { return (!from || d >= from) && (!to || d <= to); });
    }
    return true;
  }

  function draw() {
    if (typeof cytoscape === 'undefined') { return; }
    var elements = [];
    var used = {};
    Object.keys(graph.edges).forEach(function (k, i) {
      var e = graph.edges[k];
      if (!shown(e)) { return; }
      used[e.source] = true;
      used[e.target] = true;
      elements.push({ data: { id: 'e' + i, source: e.source, target: e.target, kind: e.kind, modality: e.modality,
        reports: e.reports, label: e.reports > 1 ? String(e.reports) : '' } });
    });
    Object.keys(graph.nodes).forEach(function (id) {
      var n = graph.nodes[id];
      if (used[id] || n.center) {
        elements.unshift({ data: { id: id, label: n.label, degree: n.degree, center: n.center ? 'yes' : 'no' } });
      }
    });
    if (cy) { cy.destroy(); }
    cy = cytoscape({
      container: $('cy'),
      elements: elements,
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 90 },
      minZoom: 0.1,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: { 'label': 'data(label)', 'font-size': 11, 'background-color': '#4a78b0',
          'text-valign': 'bottom', 'text-margin-y': 3, 'width': 'mapData(degree, 1, 40, 14, 46)',
          'height': 'mapData(degree, 1, 40, 14, 46)', 'text-background-color': '#fff',
          'text-background-opacity': 0.7, 'text-background-padding': 1 } },
        { selector: 'node[center = "yes"]', style: { 'background-color': '#d9822b', 'font-weight': 'bold' } },
        { selector: 'edge', style: { 'width': 'mapData(reports, 1, 10, 1.5, 9)', 'line-color': '#5b6b7f',
          'curve-style': 'bezier', 'label': 'data(label)', 'font-size': 9, 'color': '#555' } },
        { selector: 'edge[kind = "contact"]', style: { 'line-style': 'dashed', 'line-color': '#c07a00' } },
        { selector: 'edge[modality != "happened"]', style: { 'line-style': 'dotted', 'line-color': '#aaa', 'opacity': 0.7 } },
        { selector: 'edge:selected, edge.hl', style: { 'line-color': '#d11', 'width': 7, 'z-index': 9 } }
      ]
    });
    cy.on('tap', 'edge', function (evt) {
      var d = evt.target.data();
      evidence(d.source, d.target, d.kind);
    });
    cy.on('tap', 'node', function (evt) { expand(evt.target.id()).catch(function () {}); });
    cy.on('dbltap', 'node', function (evt) { openPerson(evt.target.id()).catch(function () {}); });
    selftest.nodes = cy.nodes().length;
    selftest.edges = cy.edges().length;
  }

  function highlight(a, b) {
    if (!cy) { return; }
    cy.edges().removeClass('hl');
    cy.edges().filter(function (e) {
      return (e.data('source') === a && e.data('target') === b) || (e.data('source') === b && e.data('target') === a);
    }).addClass('hl');
  }

  function name(id) { return graph.nodes[id] ? graph.nodes[id].label : id.replace(/.*\//, ''); }

  function evidence(a, b, kind) {
    return api('/api/context?a=' + encodeURIComponent(a) + '&b=' + encodeURIComponent(b) + '&kind=' + kind)
      .then(function (list) {
        var box = $('evidence');
        box.innerHTML = '';
        box.appendChild(el('div', name(a) + ' – ' + name(b) + ' (' + kind + '): ' + list.length + ' report(s)', 'muted'));
        list.forEach(function (x) {
          var item = el('div', null, 'item');
          if (x.before) { item.appendChild(el('span', x.before + ' ', 'ctx')); }
          item.appendChild(el('mark', x.sentence));
          if (x.after) { item.appendChild(el('span', ' ' + x.after, 'ctx')); }
          var src = el('div', null, 'src');
          src.appendChild(document.createTextNode((x.headline ? '“' + x.headline + '” · ' : '') + (x.date || 'undated')
            + ' · ' + x.id + ' · ' + x.modality + ' '));
          if (x.url && /^https?:\/\//.test(x.url)) {
            var link = el('a', 'source');
            link.href = x.url;
            link.rel = 'noopener noreferrer';
            link.target = '_blank';
            src.appendChild(link);
          }
          item.appendChild(src);
          box.appendChild(item);
        });
        selftest.evidence = list.length;
      });
  }

  // ---- the topic tree ------------------------------------------------------------------------------------
  // The issues in use as a tree of IPTC Media Topics; a click keeps the edges about the topic or a narrower one,
  // and lists the store's meetings and contacts about it in the table.
  function loadTopics() {
    return api('/api/topics').then(function (list) {
      var byId = {};
      var children = {};
      list.forEach(function (t) { byId[t.id] = t; children[t.id] = []; });
      var roots = [];
      list.forEach(function (t) {
        if (t.broader && byId[t.broader]) { children[t.broader].push(t); } else { roots.push(t); }
      });
      function below(id, into) {
        into[id] = true;
        children[id].forEach(function (c) { below(c.id, into); });
        return into;
      }
      function node(t) {
        var li = el('li');
        var label = el('span', t.label + ' ', 'topic');
        label.appendChild(el('code', t.code));
        label.appendChild(document.createTextNode(' · ' + t.articles + ' / ' + t.events));
        label.title = t.code + ': ' + t.articles + ' article(s), ' + t.events + ' discussion(s)';
        label.addEventListener('click', function (ev) {
          ev.preventDefault();
          chooseTopic(t, below(t.id, {}));
        });
        var kids = children[t.id].sort(function (a, b) { return b.events + b.articles - a.events - a.articles; });
        if (kids.length) {
          var d = el('details');
          var sum = el('summary');
          sum.appendChild(label);
          d.appendChild(sum);
          var ul = el('ul');
          kids.forEach(function (k) { ul.appendChild(node(k)); });
          d.appendChild(ul);
          li.appendChild(d);
        } else {
          li.appendChild(label);
        }
        return li;
      }
      var box = $('topics');
      box.innerHTML = '';
      if (!list.length) { box.appendChild(el('div', 'No topics in the store yet.', 'muted')); }
      var ul = el('ul');
      roots.sort(function (a, b) { return b.events + b.articles - a.events - a.articles; })
        .forEach(function (t) { ul.appendChild(node(t)); });
      box.appendChild(ul);
      selftest.topics = list.length;
      return list;
    });
  }

  function chooseTopic(t, ids, quiet) {
    topicFilter = ids;
    $('topic-current').textContent = t ? t.label + ' (' + t.code + ')' : 'any';
    Array.prototype.forEach.call(document.querySelectorAll('#topics .topic'), function (x) {
      x.className = 'topic' + (t && x.title.indexOf(t.code + ':') === 0 ? ' on' : '');
    });
    draw();
    return t && !quiet ? ask('Which meetings were about ' + t.code + '?') : null;
  }

  // ---- the start ------------------------------------------------------------------------------------------
  function start() {
    return api('/api/top').then(function (j) {
      var b = $('profile-body');
      b.innerHTML = '';
      b.className = '';
      var ul = el('ul');
      j.forEach(function (p) {
        var li = el('li', p.label + ' (' + p.meetings + ' meeting(s))');
        li.style.cursor = 'pointer';
        li.addEventListener('click', function () { openPerson(p.id); });
        ul.appendChild(li);
      });
      if (!j.length) { b.appendChild(el('div', 'The store has no meetings yet.', 'muted')); }
      b.appendChild(ul);
    });
  }

  $('search').addEventListener('input', function () {
    clearTimeout(searchTimer);
    var v = this.value;
    searchTimer = setTimeout(function () { search(v).catch(function () {}); }, 200);
  });
  $('search').addEventListener('blur', function () { setTimeout(function () { $('hits').hidden = true; }, 150); });
  $('search-form').addEventListener('submit', function (e) {
    e.preventDefault();
    search($('search').value).then(function (list) { if (list.length) { choose(list[0]); } }).catch(function () {});
  });
  $('ask-form').addEventListener('submit', function (e) {
    e.preventDefault();
    ask($('question').value).catch(function () {});
  });
  $('sparql-form').addEventListener('submit', function (e) {
    e.preventDefault();
    sparql($('sparql').value).catch(function () {});
  });
  ['min-reports', 'show-planned', 'date-from', 'date-to'].forEach(function (id) {
    $(id).addEventListener('input', function () { $('min-reports-value').textContent = $('min-reports').value; draw(); });
  });
  $('reset').addEventListener('click', function () {
    $('min-reports').value = 1;
    $('min-reports-value').textContent = '1';
    $('show-planned').checked = false;
    $('date-from').value = '';
    $('date-to').value = '';
    chooseTopic(null, null);
  });

  // ?selftest=NAME drives the page as a user would (search, profile, a neighbour, a date filter, the CSV) and
  // writes what it saw into #selftest, for the headless-browser test.
  function runSelftest(who, from, to) {
    var log = { steps: [] };
    return search(who).then(function (list) {
      log.steps.push('search:' + list.length);
      log.first = list.length ? list[0].label : null;
      return choose(list[0]);
    }).then(function () {
      log.steps.push('profile:' + $('profile-name').textContent);
      log.nodesBefore = selftest.nodes;
      var neighbour = Object.keys(graph.nodes).filter(function (id) { return id !== current; })
        .sort(function (a, b) { return graph.nodes[b].degree - graph.nodes[a].degree; })[0];
      log.neighbour = neighbour ? name(neighbour) : null;
      return neighbour ? expand(neighbour) : null;
    }).then(function () {
      log.nodesAfter = Object.keys(graph.nodes).length;
      log.edgesAll = selftest.edges;
      $('date-from').value = from;
      $('date-to').value = to;
      draw();
      log.edgesInDates = selftest.edges;
      var row = table.sorted()[0];
      log.topRow = row ? row.counterpart + ' ' + row.reports : null;
      table.download();
      log.csvLines = selftest.csv.split('\r\n').length - 2;
      log.csvHead = selftest.csv.split('\r\n')[0];
      return row ? evidence(current, row.id, row.kind) : null;
    }).then(function () {
      log.evidence = selftest.evidence;
      return topicsLoaded;
    }).then(function (list) {
      log.topics = list.length;
      var used = {};
      Object.keys(graph.edges).forEach(function (k) { (graph.edges[k].topics || []).forEach(function (t) { used[t] = true; }); });
      var pick = list.filter(function (t) { return used[t.id]; })[0];
      if (!pick) { return null; }
      log.topic = pick.code;
      $('date-from').value = '';
      $('date-to').value = '';
      var ids = {};
      ids[pick.id] = true;
      list.forEach(function (t) { var b = t; while (b) { if (b.id === pick.id) { ids[t.id] = true; } b = list.filter(function (x) { return x.id === b.broader; })[0]; } });
      return chooseTopic(pick, ids, true);
    }).then(function () {
      log.edgesOnTopic = selftest.edges;
      log.ok = true;
    }).catch(function (e) {
      log.ok = false;
      log.error = String(e && e.message);
    }).then(function () {
      $('selftest').textContent = JSON.stringify(log);
      document.title = 'selftest ' + (log.ok ? 'done' : 'failed');
    });
  }

  var params = new URLSearchParams(window.location.search);
  api('/api/capabilities').then(function (c) { canCorrect = c.corrections === true; }).catch(function () {});
  var started = start().catch(function () {});
  var topicsLoaded = loadTopics().catch(function () { return []; });
  if (params.get('selftest')) {
    started.then(function () { return runSelftest(params.get('selftest'), params.get('from') || '', params.get('to') || ''); });
  } else if (params.get('person')) {
    started.then(function () { return search(params.get('person')); }).then(function (l) { if (l && l.length) { choose(l[0]); } });
  } else if (params.get('q')) {
    $('question').value = params.get('q');
    ask(params.get('q')).catch(function () {});
  }
}());
