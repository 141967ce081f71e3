/* global navigator */
/*
 * The pane's bundles are ES2020 with React 18: Internet Explorer 11 ("Trident"),
 * the webview of every volume-licensed Office 2016 and 2019 on Windows, and Edge
 * Legacy ("EdgeHTML") cannot parse them, and the pane would stay blank. This
 * script is ES5 and loaded before them: in those webviews it says so, and what to
 * use instead, as Microsoft advises ("Support older Microsoft webviews").
 * Its words are the pane's own label for this one screen, Chinese first.
 */
(function () {
  var agent = navigator.userAgent;
  if (agent.indexOf('Trident') === -1 && agent.indexOf('Edge/') === -1) return;
  var words = [
    '此 Office 用 Internet Explorer 11（或旧版 Edge）显示加载项，均衡任务窗格无法在其中运行；批量许可版 Office 2016、2019 都是这样。',
    '请改用本地网页 web.html（用 Chrome 或新版 Edge 打开）或命令行 junheng analyze，得到同样的报告和标注副本；或升级到 Office 2021 及以上、Microsoft 365（零售版 Office 2016、2019 安装 WebView2 运行时后也可以）。',
    'This Office shows add-ins with Internet Explorer 11 (or Edge Legacy), where the Junheng pane cannot run, as in every volume-licensed Office 2016 and 2019.',
    'Use the local web page (web.html, in Chrome or the new Edge) or the command line (junheng analyze) for the same reports and annotated copy, or upgrade to Office 2021 or later or Microsoft 365 (retail Office 2016 and 2019 work once the WebView2 runtime is installed).',
  ];
  function show() {
    var root = document.getElementById('root');
    if (root === null) return;
    root.innerHTML = '';
    root.setAttribute('role', 'alert');
    for (var i = 0; i < words.length; i++) {
      var p = document.createElement('p');
      p.style.margin = '12px';
      p.appendChild(document.createTextNode(words[i]));
      root.appendChild(p);
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();
