// newsgraph web page: ask, SPARQL, and the who-met-whom network. Talks only to this server.
(function () {
  'use strict';
  var network = { nodes: [], edges: [] };
  var cy = null;

  function el(tag, text) {
    var e = document.createElement(tag);
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function value(b) {
    if (!b) { return ''; }
    return b.value;
  }

  function table(json, target) {
    target.innerHTML = '';
    var vars = json.head.vars;
    var t = el('table');
    var tr = el('tr');
    vars.forEach(function (v) { tr.appendChild(el('th', v)); });
    t.appendChild(tr);
    json.results.bindings.forEach(function (row) {
      var r = el('tr');
      vars.forEach(function (v) { r.appendChild(el('td', value(row[v]))); });
      t.appendChild(r);
    });
    target.appendChild(t);
    target.appendChild(el('div', json.results.bindings.length + ' answer(s)'));
  }

  function ask(q) {
    document.getElementById('ask-error').textContent = '';
    fetch('/api/ask?q=' + encodeURIComponent(q)).then(function (r) {
      return r.json().then(function (j) { return { ok: r.ok, json: j }; });
    }).then(function (res) {
      if (!res.ok) { document.getElementById('ask-error').textContent = res.json.error; return; }
      table(res.json, document.getElementById('ask-result'));
    });
  }

  function sparql(q) {
    document.getElementById('sparql-error').textContent = '';
    fetch('/newsgraph/sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json' },
      body: 'query=' + encodeURIComponent(q)
    }).then(function (r) {
      if (!r.ok) { return r.text().then(function (t) { throw new Error(t); }); }
      return r.json();
    }).then(function (j) {
      if (j.boolean !== undefined) {
        document.getElementById('sparql-result').textContent = String(j.boolean);
      } else {
        table(j, document.getElementById('sparql-result'));
      }
    }).catch(function (e) {
      document.getElementById('sparql-error').textContent = String(e.message).split('\n')[0];
    });
  }

  function label(id) {
    for (var i = 0; i < network.nodes.length; i++) {
      if (network.nodes[i].id === id) { return network.nodes[i].label; }
    }
    return id;
  }

  function visible() {
    var country = document.getElementById('country-filter').value;
    var issue = document.getElementById('issue-filter').value;
    var keep = {};
    network.nodes.forEach(function (n) {
      keep[n.id] = !country || n.countries.indexOf(country) >= 0;
    });
    var edges = network.edges.filter(function (e) {
      var byCountry = !country || keep[e.source] || keep[e.target];
      var byIssue = !issue || e.issues.indexOf(issue) >= 0;
      return byCountry && byIssue;
    });
    var ids = {};
    edges.forEach(function (e) { ids[e.source] = true; ids[e.target] = true; });
    var nodes = network.nodes.filter(function (n) { return ids[n.id] || (!issue && keep[n.id]); });
    return { nodes: nodes, edges: edges };
  }

  function draw() {
    var v = visible();
    var list = document.getElementById('edges');
    list.innerHTML = '';
    v.edges.forEach(function (e) {
      var li = el('li', label(e.source) + ' – ' + label(e.target) + ' (' + e.kind + ', ' + e.reports + ' report(s)'
        + (e.issues.length ? '; ' + e.issues.join(', ') : '') + ')');
      li.className = 'edge-' + e.kind;
      list.appendChild(li);
    });
    var elements = [];
    v.nodes.forEach(function (n) {
      elements.push({ data: { id: n.id, label: n.label + (n.countries.length ? '\n' + n.countries.join(', ') : '') } });
    });
    v.edges.forEach(function (e, i) {
      elements.push({ data: { id: 'e' + i, source: e.source, target: e.target, kind: e.kind,
        label: e.issues.join(', ') } });
    });
    if (typeof cytoscape === 'undefined') { return; }
    if (cy) { cy.destroy(); }
    cy = cytoscape({
      container: document.getElementById('cy'),
      elements: elements,
      layout: { name: 'cose', animate: false, randomize: false },
      minZoom: 0.2,
      maxZoom: 1.1,
      style: [
        { selector: 'node', style: { 'label': 'data(label)', 'text-wrap': 'wrap', 'font-size': 11,
          'background-color': '#4a78b0', 'text-valign': 'bottom', 'text-margin-y': 4, 'width': 22, 'height': 22 } },
        { selector: 'edge', style: { 'width': 3, 'line-color': '#555', 'label': 'data(label)', 'font-size': 9,
          'curve-style': 'bezier', 'text-rotation': 'autorotate', 'color': '#666' } },
        { selector: 'edge[kind = "contact"]', style: { 'line-style': 'dashed', 'line-color': '#c07a00' } },
        { selector: 'edge:selected', style: { 'line-color': '#d11', 'width': 5 } }
      ]
    });
    cy.on('tap', 'edge', function (evt) {
      var d = evt.target.data();
      evidence(d.source, d.target, d.kind);
    });
  }

  function evidence(a, b, kind) {
    var list = document.getElementById('evidence');
    list.innerHTML = '';
    fetch('/api/evidence?a=' + encodeURIComponent(a) + '&b=' + encodeURIComponent(b) + '&kind=' + kind)
      .then(function (r) { return r.json(); })
      .then(function (j) {
        list.appendChild(el('li', label(a) + ' – ' + label(b) + ' (' + kind + ')'));
        j.results.bindings.forEach(function (row) {
          list.appendChild(el('li', '“' + value(row.sentence) + '” — ' + value(row.document)
            + ' [' + value(row.trigger) + ', ' + value(row.medium) + ']'));
        });
      });
  }

  function filters() {
    var countries = {};
    var issues = {};
    network.nodes.forEach(function (n) { n.countries.forEach(function (c) { countries[c] = true; }); });
    network.edges.forEach(function (e) { e.issues.forEach(function (i) { issues[i] = true; }); });
    [['country-filter', countries], ['issue-filter', issues]].forEach(function (p) {
      var s = document.getElementById(p[0]);
      Object.keys(p[1]).sort().forEach(function (k) {
        var o = el('option', k);
        o.value = k;
        s.appendChild(o);
      });
      s.addEventListener('change', draw);
    });
  }

  document.getElementById('ask-form').addEventListener('submit', function (e) {
    e.preventDefault();
    ask(document.getElementById('question').value);
  });
  document.getElementById('sparql-form').addEventListener('submit', function (e) {
    e.preventDefault();
    sparql(document.getElementById('sparql').value);
  });
  fetch('/api/network').then(function (r) { return r.json(); }).then(function (j) {
    network = j;
    filters();
    draw();
  });
  var q = new URLSearchParams(window.location.search).get('q');
  if (q) {
    document.getElementById('question').value = q;
    ask(q);
  }
}());
