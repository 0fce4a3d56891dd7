// The landing page's query editor: YASGUI when the build bundled it, else a plain form whose results are shown as
// a table. Either way the example buttons load a query and run it. Talks to this server only.
(function () {
  'use strict';

  function exampleText(slug) {
    return document.getElementById('example-' + slug).textContent;
  }

  function withYasgui(root) {
    var Y = window.Yasgui.default || window.Yasgui;
    // The 'class' and 'property' autocompleters ask a remote vocabulary service; this page talks to this server only.
    Y.Yasqe.defaults.autocompleters = Y.Yasqe.defaults.autocompleters.filter(function (name) {
      return name !== 'class' && name !== 'property';
    });
    var endpoint = new URL(root.dataset.endpoint, window.location.href).href;
    var yasgui = new Y(root, {
      requestConfig: { endpoint: endpoint, method: 'POST' },
      copyEndpointOnNewTab: false,
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
      persistenceId: null,
      populateFromUrl: false,
      autofocus: false
    });
    return function (text) {
      var tab = yasgui.getTab();
      tab.setQuery(text);
      return tab.query();
    };
  }

  function cell(term) {
    var td = document.createElement('td');
    if (!term) {
      return td;
    }
    if (term.type === 'uri') {
      var a = document.createElement('a');
      a.href = term.value.indexOf('https://w3id.org/medfm/id/') === 0
        ? '/id/' + term.value.substring('https://w3id.org/medfm/id/'.length) : term.value;
      a.textContent = term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
    }
    return td;
  }

  function table(json) {
    var t = document.createElement('table');
    t.className = 'results';
    var head = t.createTHead().insertRow();
    var vars = json.head.vars || [];
    vars.forEach(function (v) {
      var th = document.createElement('th');
      th.textContent = v;
      head.appendChild(th);
    });
    var body = t.createTBody();
    if (json.boolean !== undefined) {
      body.insertRow().appendChild(cell({ type: 'literal', value: String(json.boolean) }));
    }
    (json.results ? json.results.bindings : []).forEach(function (row) {
      var tr = body.insertRow();
      vars.forEach(function (v) { tr.appendChild(cell(row[v])); });
    });
    return t;
  }

  function withForm(form) {
    var out = document.getElementById('results');
    var area = document.getElementById('query-text');
    function run(text) {
      area.value = text;
      out.textContent = 'Running…';
      return fetch(form.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/sparql-query', 'Accept': 'application/sparql-results+json' },
        body: text
      }).then(function (res) {
        return res.ok ? res.json().then(function (json) {
          out.textContent = '';
          out.appendChild(table(json));
        }) : res.text().then(function (msg) { out.textContent = 'Error ' + res.status + ': ' + msg; });
      }).catch(function (err) { out.textContent = 'Error: ' + err; });
    }
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      run(area.value);
    });
    return run;
  }

  var root = document.getElementById('yasgui');
  var form = document.getElementById('query-form');
  var run = root && window.Yasgui ? withYasgui(root) : form ? withForm(form) : null;
  if (!run) {
    return;
  }
  document.querySelectorAll('button.example').forEach(function (button) {
    button.addEventListener('click', function () {
      run(exampleText(button.dataset.example));
      document.getElementById('query').scrollIntoView();
    });
  });
}());
