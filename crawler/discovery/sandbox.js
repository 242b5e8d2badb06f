// Stand-ins for a browser and the libraries list pages use, for crawler/discovery/sandbox.py.
// Nothing here reaches a network: every request a page's script makes is recorded in
// __sent as [method, url, body, headers, contentType, stack, calls, answered], and the script
// goes on as if no answer had come yet, unless sandbox.py was given the answer (__PAGE.answers:
// a token call's, fetched by the crawler): then its callbacks run with it, and the requests they
// make are recorded. __PAGE (the page's URL parts, elements and answers) is set by sandbox.py
// before this runs.
"use strict";
var window = globalThis, self = globalThis, top = globalThis, parent = globalThis, frames = globalThis;
var __sent = [];
var __ready = [];
var __headers = {};
// Where the scripts sent the browser (`location.href = …`), and the option objects with
// callbacks they gave a plugin (a pager's `onPageChange`, `jump`).
var __navigations = [];
var __pagers = [];
var __lastOptions = {};
// The page's own functions being called, innermost last: [name, arguments].
var __calls = [];
// Markup the scripts wrote into the page (`el.innerHTML = h`, `document.write(h)`, `$(x).html(h)`).
var __written = [];
function __write(markup) { if (typeof markup === "string" && markup.indexOf("<") >= 0) __written.push(markup); }
// Documents the scripts show in the page's frames (`frame.setAttribute("src", url)`, `frame.src = url`).
var __framed = [];
function __setAttribute(found, key, value) {
  if (String(key).toLowerCase() === "src" && /^i?frame$/.test(found.tag || "") && value) __framed.push(String(value));
}

function __wrapFunctions(names) {
  names.forEach(function (name) {
    var original = globalThis[name];
    if (typeof original !== "function") return;
    var wrapped = function () {
      var given = Array.prototype.slice.call(arguments).map(function (value) {
        return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;
      });
      __calls.push([name, given]);
      try { return original.apply(this, arguments); } finally { __calls.pop(); }
    };
    // A function that is also an object (an axios instance's `service.get`, a constructor's
    // prototype) keeps what it holds.
    Object.getOwnPropertyNames(original).forEach(function (key) {
      if (!(key in wrapped) || key === "prototype") {
        try { wrapped[key] = original[key]; } catch (error) {}
      }
    });
    try { globalThis[name] = wrapped; } catch (error) {}
  });
}

function __isOptions(value) {
  return value && typeof value === "object" && !Array.isArray(value)
    && Object.keys(value).some(function (k) { return typeof value[k] === "function"; });
}

// Anything a script asks of an element or a library the sandbox does not model: callable,
// chainable, empty as a string, zero long. A member called with callbacks keeps them: those
// of `layui.use(…, fn)` and `.ready(fn)` run when the page is ready, and option objects with
// callbacks are kept as a plugin's (`.jqPaginator({onPageChange: fn})`).
function __member(name) {
  return new Proxy(function () {}, {
    get: function (target, key) {
      if (key === Symbol.toPrimitive) return function () { return ""; };
      if (key === "length") return 0;
      if (key === "then") return undefined;
      if (key === "toString" || key === "valueOf") return function () { return ""; };
      if (key === Symbol.iterator) return function* () {};
      return __member(key);
    },
    apply: function (target, self, args) {
      if (/^(html|append|prepend|after|before|replaceWith|write|writeln)$/.test(name)) __write(args[0]);
      args.forEach(function (arg) {
        if (typeof arg === "function" && (name === "use" || name === "ready")) __ready.push(arg);
        if (__isOptions(arg)) __pagers.push(arg);
        if (arg && typeof arg === "object" && !Array.isArray(arg)) __lastOptions = arg;
      });
      // A handler bound to a plugin's page event (`.page({total: 44, pageSize: 15})
      // .on("pageClicked", go)`), kept with the options the plugin was given.
      if ((name === "on" || name === "bind") && typeof args[0] === "string" && /page|jump/i.test(args[0])
          && typeof args[args.length - 1] === "function") {
        __pagers.push(Object.assign({}, __lastOptions, { __handler: args[args.length - 1] }));
      }
      return __stub;
    },
    construct: function () { return __stub; },
    set: function (target, key, value) { if (key === "innerHTML" || key === "outerHTML") __write(value); return true; },
  });
}
var __stub = __member("");

// The absolute form of a URL a script asks for, as sandbox.py resolves it.
function __absolute(url) {
  url = String(url);
  if (/^https?:/i.test(url)) return url;
  var origin = __PAGE.protocol + "//" + __PAGE.host;
  if (url.indexOf("//") === 0) return __PAGE.protocol + url;
  if (url.charAt(0) === "/") return origin + url;
  return __PAGE.href.split("?")[0].replace(/[^\/]*$/, "") + url;
}

// Records a request; returns its answer's text when sandbox.py was given it, else undefined.
function __record(method, url, body, headers, contentType) {
  var merged = {};
  Object.keys(__headers).forEach(function (k) { merged[k] = String(__headers[k]); });
  Object.keys(headers || {}).forEach(function (k) { merged[k] = String(headers[k]); });
  body = body == null ? "" : String(body);
  var absolute = __absolute(url);
  var known = (__PAGE.answers || []).filter(function (a) { return a[0] === absolute; })[0];
  __sent.push([String(method || "GET").toUpperCase(), String(url), body,
               merged, String(contentType || ""), String(new Error().stack || ""),
               JSON.parse(JSON.stringify(__calls)), Boolean(known)]);
  return known ? known[1] : undefined;
}

// An answer's text as a script's callback gets it: parsed when it is JSON.
function __parsed(text) {
  try { return JSON.parse(text); } catch (error) { return text; }
}

// What `$.ajax` returns for a request whose answer is known: its callbacks run at once.
function __answered(value) {
  var done = {
    done: function (fn) { if (typeof fn === "function") fn(value, "success", done); return done; },
    then: function (fn) { if (typeof fn === "function") fn(value, "success", done); return done; },
    success: function (fn) { return done.done(fn); },
    always: function (fn) { if (typeof fn === "function") fn(value); return done; },
    fail: function () { return done; },
    error: function () { return done; },
    catch: function () { return done; },
  };
  return done;
}

function __param(data) {
  if (data == null) return "";
  if (typeof data === "string") return data;
  var pairs = [];
  function add(key, value) {
    if (typeof value === "function") value = value();
    pairs.push(encodeURIComponent(key) + "=" + encodeURIComponent(value == null ? "" : value));
  }
  function build(prefix, value) {
    if (Array.isArray(value)) {
      value.forEach(function (v, i) { build(prefix + "[" + (typeof v === "object" && v ? i : "") + "]", v); });
    } else if (value && typeof value === "object") {
      Object.keys(value).forEach(function (k) { build(prefix + "[" + k + "]", value[k]); });
    } else {
      add(prefix, value);
    }
  }
  if (Array.isArray(data)) {
    data.forEach(function (item) { add(item.name, item.value); });
  } else {
    Object.keys(data).forEach(function (k) { build(k, data[k]); });
  }
  return pairs.join("&").replace(/%20/g, "+");
}

function __withQuery(url, query) {
  if (!query) return url;
  return url + (url.indexOf("?") < 0 ? "?" : "&") + query;
}

// --- the page's location and elements ---

function __navigate(url) { __navigations.push(String(url)); }
var __location = {
  protocol: __PAGE.protocol, host: __PAGE.host, hostname: __PAGE.hostname,
  port: __PAGE.port, pathname: __PAGE.pathname, search: __PAGE.search, hash: "",
  origin: __PAGE.protocol + "//" + __PAGE.host,
  toString: function () { return __PAGE.href; },
  reload: function () {}, assign: __navigate, replace: __navigate,
};
Object.defineProperty(__location, "href", { get: function () { return __PAGE.href; }, set: __navigate });
Object.defineProperty(globalThis, "location", { get: function () { return __location; }, set: __navigate });

// The page number typed into the page's text boxes, when a 转到 box's handler is probed.
var __typed = null;
function __value(found) {
  var typable = found.tag === "input" && !/^(hidden|submit|button|checkbox|radio)$/i.test(found.attrs.type || "");
  return __typed !== null && typable ? String(__typed) : (found.attrs.value || "");
}

function __element(found) {
  if (!found) return __stub;
  var attrs = found.attrs;
  var element = {
    id: attrs.id || "", innerHTML: "", innerText: found.text,
    textContent: found.text, dataset: {}, style: {}, className: attrs["class"] || "",
    getAttribute: function (k) { return k in attrs ? attrs[k] : null; },
    setAttribute: function (k, v) { __setAttribute(found, k, v); },
    addEventListener: function () {}, appendChild: function () {},
    val: function (v) { return arguments.length ? element : __value(found); },
    attr: function (k, v) {
      if (arguments.length < 2) return attrs[k];
      __setAttribute(found, k, v);
      return element;
    },
    data: function (k) { return arguments.length ? attrs["data-" + k] : element.dataset; },
    text: function (v) { return arguments.length ? element : found.text; },
    length: 1,
  };
  Object.defineProperty(element, "value", { get: function () { return __value(found); }, set: function () {} });
  Object.keys(attrs).forEach(function (k) {
    if (k.indexOf("data-") === 0) {
      element.dataset[k.slice(5).replace(/-([a-z])/g, function (m, c) { return c.toUpperCase(); })] = attrs[k];
    }
  });
  return new Proxy(element, {
    get: function (target, key) { return key in target ? target[key] : __stub[key]; },
    set: function (target, key, value) {
      if (key === "innerHTML" || key === "outerHTML") __write(value);
      __setAttribute(found, key, value);
      target[key] = value;
      return true;
    },
  });
}

function __select(selector) {
  if (typeof selector !== "string") return __stub;
  var id = /^\s*#([\w-]+)\s*$/.exec(selector);
  if (id) return __element(__PAGE.elements[id[1]]);
  var named = /^\s*(?:input|meta|select|textarea)?\[name=['"]?([\w-]+)['"]?\]\s*$/.exec(selector);
  if (named) return __element(__PAGE.named[named[1]]);
  return __stub;
}

var document = new Proxy({
  location: __location, URL: __PAGE.href, referrer: "", cookie: __PAGE.cookie || "", title: "",
  readyState: "complete",
  getElementById: function (id) { return __element(__PAGE.elements[id]); },
  querySelector: __select,
  getElementsByName: function (name) { var e = __PAGE.named[name]; return e ? [__element(e)] : []; },
  addEventListener: function (type, fn) { if (/DOMContentLoaded|load/.test(type)) __ready.push(fn); },
  write: function (markup) { __write(markup); }, writeln: function (markup) { __write(markup); },
}, {
  get: function (target, key) { return key in target ? target[key] : __stub; },
  set: function (target, key, value) { if (key === "location") __navigate(value); else target[key] = value; return true; },
});

var navigator = { userAgent: "Mozilla/5.0", language: "zh-CN", platform: "Linux x86_64", cookieEnabled: true };
var screen = { width: 1920, height: 1080 };
var localStorage = { getItem: function () { return null; }, setItem: function () {}, removeItem: function () {} };
var sessionStorage = localStorage;
var console = { log: function () {}, error: function () {}, warn: function () {}, info: function () {} };

function addEventListener(type, fn) { if (/DOMContentLoaded|load/.test(type)) __ready.push(fn); }
function setTimeout(fn) { if (typeof fn === "function") __ready.push(fn); return 1; }
function setInterval(fn) { if (typeof fn === "function") __ready.push(fn); return 1; }
function clearTimeout() {}
function clearInterval() {}
function alert() {}
function open(url) { if (url) __navigate(url); return __stub; }
function confirm() { return false; }



// --- requests ---

function XMLHttpRequest() {
  var headers = {}, method = "GET", url = "";
  this.open = function (m, u) { method = m; url = u; };
  this.setRequestHeader = function (k, v) { headers[k] = v; };
  var request = this;
  this.send = function (body) {
    var text = __record(method, url, body, headers, headers["Content-Type"] || "");
    if (text === undefined) return;
    request.readyState = 4;
    request.status = 200;
    request.responseText = request.response = text;
    if (typeof request.onreadystatechange === "function") request.onreadystatechange();
    if (typeof request.onload === "function") request.onload();
  };
  this.abort = function () {};
  this.readyState = 0;
  this.status = 0;
}

// `new Request(url, init)`, given to `fetch` whole.
function Request(url, init) {
  init = init || {};
  this.url = typeof url === "string" ? url : (url && url.url) || "";
  this.method = String(init.method || (url && url.method) || "GET").toUpperCase();
  this.headers = Object.assign({}, (url && url.headers) || {}, init.headers || {});
  this.body = init.body !== undefined ? init.body : url && url.body;
}

function fetch(url, options) {
  if (url instanceof Request) options = Object.assign({ method: url.method, headers: url.headers, body: url.body }, options || {});
  options = options || {};
  var headers = options.headers || {};
  var type = headers["Content-Type"] || headers["content-type"] || "";
  if (!type && (options.body instanceof URLSearchParams)) type = "application/x-www-form-urlencoded;charset=UTF-8";
  var text = __record(options.method || "GET", typeof url === "string" ? url : (url && url.url) || "",
                      options.body, headers, type);
  if (text === undefined) return new Promise(function () {});
  return Promise.resolve({
    ok: true, status: 200,
    json: function () { return Promise.resolve(JSON.parse(text)); },
    text: function () { return Promise.resolve(text); },
  });
}

function __axiosFor(defaults, interceptors) {
  interceptors = interceptors || [];
  function send(config) {
    config = Object.assign({}, defaults, config);
    config.headers = Object.assign({}, defaults.headers || {}, config.headers || {});
    // Request interceptors change the config in place or return it (`config.headers['X-Timestamp']
    // = Date.now(); return config;`).
    interceptors.forEach(function (fn) {
      var changed = fn(config);
      if (changed && typeof changed === "object" && typeof changed.then !== "function") config = changed;
    });
    // As axios joins them: a URL without a scheme (`/content/list`) goes under the base URL.
    var url = String(config.url || "");
    if (config.baseURL && !/^([a-z][a-z\d+\-.]*:)?\/\//i.test(url)) {
      url = url ? String(config.baseURL).replace(/\/+$/, "") + "/" + url.replace(/^\/+/, "") : config.baseURL;
    }
    var data = config.data, type = "";
    if (data && typeof data === "object" && !(data instanceof URLSearchParams) && !(data instanceof FormData)) {
      data = JSON.stringify(data);
      type = "application/json";
    }
    var text = __record(config.method || "GET", __withQuery(url, __param(config.params)), data,
                        config.headers, type);
    if (text === undefined) return new Promise(function () {});
    return Promise.resolve({ data: __parsed(text), status: 200 });
  }
  var axios = function (config, more) {
    return typeof config === "string" ? send(Object.assign({}, more, { url: config })) : send(config);
  };
  ["get", "delete", "head"].forEach(function (m) {
    axios[m] = function (url, config) { return send(Object.assign({}, config, { url: url, method: m })); };
  });
  ["post", "put", "patch"].forEach(function (m) {
    axios[m] = function (url, data, config) { return send(Object.assign({}, config, { url: url, data: data, method: m })); };
  });
  axios.request = send;
  axios.create = function (more) { return __axiosFor(Object.assign({}, defaults, more), interceptors.slice()); };
  axios.defaults = defaults;
  axios.interceptors = {
    request: { use: function (fn) { if (typeof fn === "function") interceptors.push(fn); return interceptors.length - 1; } },
    response: { use: function () {} },
  };
  return axios;
}
var axios = __axiosFor({ headers: {} });

// --- DWR (Direct Web Remoting) ---
// A page that loads `<path>/interface/<Bean>.js` calls `Bean.method(a, b, callback)`; DWR's
// engine POSTs a plaincall (`c0-param0=string:…` lines, as text/plain) to
// `<path>/call/plaincall/<Bean>.<method>.dwr` and gives the callback the data of the reply's
// `handleCallback(batch, call, data)`. sandbox.py defines each interface the page loads with
// `__dwrInterface(path, name)`, as the interface file would.

function __dwrValue(value, extra) {
  if (value === null || value === undefined) return "null:null";
  if (typeof value === "number") return "number:" + value;
  if (typeof value === "boolean") return "boolean:" + value;
  if (value instanceof Date) return "date:" + value.getTime();
  if (typeof value !== "object") return "string:" + encodeURIComponent(String(value));
  var references = [];
  var keys = Array.isArray(value) ? value.map(function (v, i) { return i; }) : Object.keys(value);
  keys.forEach(function (k) {
    if (typeof value[k] === "function") return;
    var name = "c0-e" + (extra.length + 1);
    extra.push(name + "=");  // its place, filled below (nested values come after it)
    var index = extra.length - 1;
    extra[index] = name + "=" + __dwrValue(value[k], extra);
    references.push(Array.isArray(value) ? "reference:" + name : k + ":reference:" + name);
  });
  return Array.isArray(value) ? "Array:[" + references.join(",") + "]"
                              : "Object_Object:{" + references.join(", ") + "}";
}

function __dwrExecute(path, scriptName, methodName, given) {
  var args = Array.prototype.slice.call(given);
  var callback = null, last = args[args.length - 1];
  if (typeof last === "function") callback = args.pop();
  else if (last && typeof last === "object" && typeof last.callback === "function") callback = args.pop().callback;
  var extra = [];
  var params = args.map(function (value, i) { return "c0-param" + i + "=" + __dwrValue(value, extra); });
  var lines = ["callCount=1", "nextReverseAjaxIndex=0", "c0-scriptName=" + scriptName,
               "c0-methodName=" + methodName, "c0-id=0"].concat(extra, params,
              ["batchId=0", "instanceId=0", "page=" + encodeURIComponent(__PAGE.pathname), "scriptSessionId="]);
  var text = __record("POST", path + "/call/plaincall/" + scriptName + "." + methodName + ".dwr",
                      lines.join("\n") + "\n", {}, "text/plain");
  if (text === undefined || !callback) return;
  var data = __dwrReplyData(text);
  if (data !== undefined) callback(data);
}

function __dwrInterface(path, name) {
  globalThis[name] = new Proxy({ _path: path }, {
    get: function (target, key) {
      if (key in target || typeof key !== "string") return target[key];
      return function () { return __dwrExecute(target._path, name, key, arguments); };
    },
  });
}

// The engine's own calls on the page (`dwr.engine.setAsync(false)`), and the interface files'
// `dwr.engine._execute(path, bean, method, arguments)` (DWR 3; DWR 2 passes the arguments).
var dwr = {
  engine: new Proxy({
    _execute: function (path, scriptName, methodName) {
      var rest = Array.prototype.slice.call(arguments, 3);
      var given = rest.length === 1 && Object.prototype.toString.call(rest[0]) === "[object Arguments]" ? rest[0] : rest;
      return __dwrExecute(path, scriptName, methodName, given);
    },
  }, { get: function (target, key) { return key in target ? target[key] : function () {}; } }),
};

// The data a DWR reply gives its call's callback (DWR 2's `dwr.engine._remoteHandleCallback`,
// DWR 3's `dwr.engine.remote.handleCallback` or `window.dwr._[0].handleCallback`).
function __dwrReplyData(text) {
  var got;
  var handler = new Proxy({}, {
    get: function (target, key) {
      if (key === "_remoteHandleCallback" || key === "handleCallback") return function (batch, id, data) { got = data; };
      if (key === "remote") return handler;
      return function () {};
    },
  });
  var saved = globalThis.dwr;
  globalThis.dwr = { engine: handler, _: new Proxy([], { get: function () { return handler; } }) };
  try {
    (0, eval)(String(text).replace(/^\s*throw\s+['"][^'"]*['"]\s*;/, ""));
  } catch (error) {
  } finally {
    globalThis.dwr = saved;
  }
  return got;
}

function URLSearchParams(init) {
  var pairs = [];
  if (typeof init === "string") {
    init.replace(/^\?/, "").split("&").filter(Boolean).forEach(function (p) {
      var kv = p.split("=");
      pairs.push([decodeURIComponent(kv[0]), decodeURIComponent(kv.slice(1).join("="))]);
    });
  } else if (init && typeof init === "object") {
    Object.keys(init).forEach(function (k) { pairs.push([k, String(init[k])]); });
  }
  this.append = function (k, v) { pairs.push([k, String(v)]); };
  this.set = function (k, v) { pairs = pairs.filter(function (p) { return p[0] !== k; }); pairs.push([k, String(v)]); };
  this.get = function (k) { var p = pairs.filter(function (p) { return p[0] === k; })[0]; return p ? p[1] : null; };
  this.toString = function () {
    return pairs.map(function (p) { return encodeURIComponent(p[0]) + "=" + encodeURIComponent(p[1]); }).join("&");
  };
}
function FormData() {
  URLSearchParams.call(this);
}

// --- jQuery ---

function __ajax(url, options) {
  if (typeof url === "object") { options = url; url = options.url; }
  options = Object.assign({}, options || {});
  url = url || options.url || location.href;
  var method = String(options.type || options.method || "GET").toUpperCase();
  var data = options.data, headers = Object.assign({}, options.headers || {});
  var type = options.contentType === false ? "" : String(options.contentType || "");
  if (typeof options.beforeSend === "function") {
    try {
      options.beforeSend({ setRequestHeader: function (k, v) { headers[k] = v; } }, options);
    } catch (error) {}
  }
  if (String(options.dataType || "").toLowerCase() === "jsonp") {
    var name = options.jsonp || "callback";
    url = __withQuery(url, encodeURIComponent(name) + "=" + (options.jsonpCallback || __PAGE.jsonpCallback));
  }
  if (data instanceof URLSearchParams || data instanceof FormData) data = data.toString();
  var text;
  if (method === "GET" || method === "HEAD") {
    text = __record(method, __withQuery(url, typeof data === "string" ? data : __param(data)), "", headers, "");
  } else {
    if (typeof data !== "string") data = __param(data);
    text = __record(method, url, data, headers, type || "application/x-www-form-urlencoded");
  }
  if (text === undefined) return __stub;
  var value = __parsed(text);
  if (typeof options.success === "function") options.success(value, "success", __stub);
  if (typeof options.complete === "function") options.complete({ responseText: text, responseJSON: value }, "success");
  return __answered(value);
}

function __shorthand(method) {
  return function (url, data, success, dataType) {
    if (typeof data === "function") { dataType = success; success = data; data = undefined; }
    return __ajax({ url: url, type: method, data: data, success: success, dataType: dataType });
  };
}

var jQuery = function (selector) {
  if (typeof selector === "function") { __ready.push(selector); return __stub; }
  if (selector === document || selector === window) {
    return new Proxy({
      ready: function (fn) { __ready.push(fn); return __stub; },
      on: function (type, fn) { if (/load|ready/.test(type) && typeof fn === "function") __ready.push(fn); return __stub; },
      load: function (fn) { if (typeof fn === "function") __ready.push(fn); return __stub; },
    }, { get: function (target, key) { return key in target ? target[key] : __stub[key]; } });
  }
  var found = __select(selector);
  return new Proxy({
    load: function (url, data, done) {
      if (typeof url !== "string") return __stub;
      url = url.trim().split(/\s+/)[0];  // `.load("list_2.shtml #listCon")`: the part after a space selects
      if (data && typeof data === "object") return __ajax({ url: url, type: "POST", data: data });
      return __ajax({ url: url, type: "GET" });
    },
  }, { get: function (target, key) { return key in target ? target[key] : found[key]; } });
};
jQuery.ajax = __ajax;
jQuery.get = __shorthand("GET");
jQuery.post = __shorthand("POST");
jQuery.getJSON = function (url, data, success) {
  if (typeof data === "function") { success = data; data = undefined; }
  var jsonp = /[?&][^=]+=\?(&|$)/.test(url);
  if (jsonp) url = url.replace(/=\?(&|$)/, "=" + __PAGE.jsonpCallback + "$1");
  return __ajax({ url: url, type: "GET", data: data, success: success });
};
// A script file the page runs (`$.getScript("list_2.js")`: a list written as `renderList({…})`).
jQuery.getScript = function (url, success) {
  return __ajax({ url: url, type: "GET", dataType: "script", success: success });
};
jQuery.ajaxSetup = function (options) { Object.assign(__headers, (options && options.headers) || {}); };
jQuery.param = __param;
jQuery.each = function (items, fn) {
  if (Array.isArray(items)) { for (var i = 0; i < items.length; i++) if (fn.call(items[i], i, items[i]) === false) break; }
  else if (items && typeof items === "object") { for (var k in items) if (fn.call(items[k], k, items[k]) === false) break; }
  return items;
};
jQuery.map = function (items, fn) {
  var out = [];
  jQuery.each(items, function (k, v) { var r = fn(v, k); if (r != null) out = out.concat(r); });
  return out;
};
jQuery.extend = function () {
  var args = Array.prototype.slice.call(arguments);
  if (typeof args[0] === "boolean") args.shift();
  var target = args[0] || {};
  for (var i = 1; i < args.length; i++) Object.assign(target, args[i] || {});
  return target;
};
jQuery.trim = function (text) { return text == null ? "" : String(text).trim(); };
jQuery.isArray = Array.isArray;
jQuery.isFunction = function (f) { return typeof f === "function"; };
jQuery.parseJSON = JSON.parse;
jQuery.now = Date.now;
jQuery.noop = function () {};
jQuery.fn = {};
jQuery.support = {};
jQuery.cookie = function (name) {
  var found = new RegExp("(?:^|; )" + String(name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "=([^;]*)").exec(__PAGE.cookie || "");
  return found ? decodeURIComponent(found[1]) : undefined;
};
jQuery.md5 = function (text) { return md5(text); };
var $ = new Proxy(jQuery, { get: function (target, key) { return key in target ? target[key] : __stub; } });
jQuery = $;

// --- hashes and encodings, as md5.js, blueimp-md5, crypto-js and js-sha256 name them ---

function __utf8(text) {
  var bytes = [], s = unescape(encodeURIComponent(String(text)));
  for (var i = 0; i < s.length; i++) bytes.push(s.charCodeAt(i) & 255);
  return bytes;
}
function __hex(bytes) {
  return bytes.map(function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
}
function __fromHex(hex) {
  var bytes = [];
  for (var i = 0; i + 1 < hex.length; i += 2) bytes.push(parseInt(hex.substr(i, 2), 16));
  return bytes;
}
var __B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function __base64(bytes) {
  var out = "";
  for (var i = 0; i < bytes.length; i += 3) {
    var n = (bytes[i] << 16) | ((bytes[i + 1] || 0) << 8) | (bytes[i + 2] || 0);
    out += __B64[(n >> 18) & 63] + __B64[(n >> 12) & 63]
      + (i + 1 < bytes.length ? __B64[(n >> 6) & 63] : "=") + (i + 2 < bytes.length ? __B64[n & 63] : "=");
  }
  return out;
}
function __unbase64(text) {
  var bytes = [], bits = 0, value = 0;
  String(text).replace(/[^A-Za-z0-9+/]/g, "").split("").forEach(function (c) {
    value = (value << 6) | __B64.indexOf(c); bits += 6;
    if (bits >= 8) { bits -= 8; bytes.push((value >> bits) & 255); }
  });
  return bytes;
}
function btoa(text) {
  var bytes = [];
  for (var i = 0; i < String(text).length; i++) bytes.push(String(text).charCodeAt(i) & 255);
  return __base64(bytes);
}
function atob(text) { return String.fromCharCode.apply(null, __unbase64(text)); }

function __md5(bytes) {
  var K = [], S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
  for (var i = 0; i < 64; i++) K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296) | 0;
  var message = bytes.slice(), length = bytes.length * 8;
  message.push(128);
  while (message.length % 64 !== 56) message.push(0);
  for (i = 0; i < 8; i++) message.push(i < 4 ? (length >>> (8 * i)) & 255 : 0);
  var a0 = 0x67452301, b0 = 0xefcdab89 | 0, c0 = 0x98badcfe | 0, d0 = 0x10325476;
  for (var chunk = 0; chunk < message.length; chunk += 64) {
    var M = [];
    for (i = 0; i < 16; i++) {
      M[i] = message[chunk + 4 * i] | (message[chunk + 4 * i + 1] << 8) | (message[chunk + 4 * i + 2] << 16)
        | (message[chunk + 4 * i + 3] << 24);
    }
    var A = a0, B = b0, C = c0, D = d0;
    for (i = 0; i < 64; i++) {
      var F, g;
      if (i < 16) { F = (B & C) | (~B & D); g = i; }
      else if (i < 32) { F = (D & B) | (~D & C); g = (5 * i + 1) % 16; }
      else if (i < 48) { F = B ^ C ^ D; g = (3 * i + 5) % 16; }
      else { F = C ^ (B | ~D); g = (7 * i) % 16; }
      var shift = S[(i >> 4) * 4 + (i % 4)];
      var sum = (A + F + K[i] + M[g]) | 0;
      A = D; D = C; C = B;
      B = (B + ((sum << shift) | (sum >>> (32 - shift)))) | 0;
    }
    a0 = (a0 + A) | 0; b0 = (b0 + B) | 0; c0 = (c0 + C) | 0; d0 = (d0 + D) | 0;
  }
  var out = [];
  [a0, b0, c0, d0].forEach(function (w) { for (var j = 0; j < 4; j++) out.push((w >>> (8 * j)) & 255); });
  return out;
}

function __padded(bytes) {
  var message = bytes.slice(), length = bytes.length * 8;
  message.push(128);
  while (message.length % 64 !== 56) message.push(0);
  for (var i = 7; i >= 0; i--) message.push(i < 4 ? (length >>> (8 * i)) & 255 : 0);
  return message;
}
function __words32(message, chunk) {
  var W = [];
  for (var i = 0; i < 16; i++) {
    W[i] = (message[chunk + 4 * i] << 24) | (message[chunk + 4 * i + 1] << 16) | (message[chunk + 4 * i + 2] << 8)
      | message[chunk + 4 * i + 3];
  }
  return W;
}
function __bigEndian(words) {
  var out = [];
  words.forEach(function (w) { for (var j = 3; j >= 0; j--) out.push((w >>> (8 * j)) & 255); });
  return out;
}
function __rotl(x, n) { return (x << n) | (x >>> (32 - n)); }
function __rotr(x, n) { return (x >>> n) | (x << (32 - n)); }

function __sha1(bytes) {
  var message = __padded(bytes), H = [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0];
  for (var chunk = 0; chunk < message.length; chunk += 64) {
    var W = __words32(message, chunk);
    for (var i = 16; i < 80; i++) W[i] = __rotl(W[i - 3] ^ W[i - 8] ^ W[i - 14] ^ W[i - 16], 1);
    var a = H[0], b = H[1], c = H[2], d = H[3], e = H[4];
    for (i = 0; i < 80; i++) {
      var f, k;
      if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
      else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
      else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc | 0; }
      else { f = b ^ c ^ d; k = 0xca62c1d6 | 0; }
      var t = (__rotl(a, 5) + f + e + k + W[i]) | 0;
      e = d; d = c; c = __rotl(b, 30); b = a; a = t;
    }
    H = [(H[0] + a) | 0, (H[1] + b) | 0, (H[2] + c) | 0, (H[3] + d) | 0, (H[4] + e) | 0];
  }
  return __bigEndian(H);
}

var __K256 = [];
(function () {
  var found = 0, n = 2;
  while (found < 64) {
    var prime = true;
    for (var f = 2; f * f <= n; f++) if (n % f === 0) { prime = false; break; }
    if (prime) {
      var root = Math.pow(n, 1 / 3);
      __K256.push(Math.floor((root - Math.floor(root)) * 4294967296) | 0);
      found++;
    }
    n++;
  }
})();
function __sha256(bytes) {
  var message = __padded(bytes);
  var H = [0x6a09e667, 0xbb67ae85 | 0, 0x3c6ef372, 0xa54ff53a | 0, 0x510e527f, 0x9b05688c | 0, 0x1f83d9ab,
           0x5be0cd19];
  for (var chunk = 0; chunk < message.length; chunk += 64) {
    var W = __words32(message, chunk);
    for (var i = 16; i < 64; i++) {
      var s0 = __rotr(W[i - 15], 7) ^ __rotr(W[i - 15], 18) ^ (W[i - 15] >>> 3);
      var s1 = __rotr(W[i - 2], 17) ^ __rotr(W[i - 2], 19) ^ (W[i - 2] >>> 10);
      W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
    }
    var a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
    for (i = 0; i < 64; i++) {
      var t1 = (h + (__rotr(e, 6) ^ __rotr(e, 11) ^ __rotr(e, 25)) + ((e & f) ^ (~e & g)) + __K256[i] + W[i]) | 0;
      var t2 = ((__rotr(a, 2) ^ __rotr(a, 13) ^ __rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    H = [a, b, c, d, e, f, g, h].map(function (v, j) { return (H[j] + v) | 0; });
  }
  return __bigEndian(H);
}

var __HASHES = { md5: __md5, sha1: __sha1, sha256: __sha256 };
// The digest of `text` (bytes, or a string read as UTF-8), keyed as HMAC when `key` is given.
function __digest(name, text, key) {
  var hash = __HASHES[name], data = Array.isArray(text) ? text : __utf8(text);
  if (key == null || key === "") return hash(data);
  var k = Array.isArray(key) ? key : __utf8(key);
  if (k.length > 64) k = hash(k);
  while (k.length < 64) k.push(0);
  var inner = hash(k.map(function (b) { return b ^ 0x36; }).concat(data));
  return hash(k.map(function (b) { return b ^ 0x5c; }).concat(inner));
}

function md5(text, key) { return __hex(__digest("md5", String(text), key)); }
var hex_md5 = md5, MD5 = md5, $md5 = md5;
function sha1(text) { return __hex(__digest("sha1", String(text))); }
var hex_sha1 = sha1;
function sha256(text) { return __hex(__digest("sha256", String(text))); }
var hex_sha256 = sha256;
// A crypto-js WordArray: its bytes, written as hex unless told otherwise.
function __wordArray(bytes) {
  return {
    bytes: bytes, sigBytes: bytes.length,
    toString: function (encoding) { return (encoding || __encodings.Hex).stringify(this); },
  };
}
function __message(value) { return value && value.bytes ? value.bytes : String(value); }
var __encodings = {
  Hex: { stringify: function (w) { return __hex(w.bytes); }, parse: function (t) { return __wordArray(__fromHex(t)); } },
  Base64: { stringify: function (w) { return __base64(w.bytes); }, parse: function (t) { return __wordArray(__unbase64(t)); } },
  Utf8: {
    stringify: function (w) { return decodeURIComponent(escape(String.fromCharCode.apply(null, w.bytes))); },
    parse: function (t) { return __wordArray(__utf8(t)); },
  },
};
__encodings.Latin1 = __encodings.Utf8;
function __hasher(name) { return function (t, k) { return __wordArray(__digest(name, __message(t), k == null ? k : __message(k))); }; }
var CryptoJS = new Proxy({
  MD5: __hasher("md5"), SHA1: __hasher("sha1"), SHA256: __hasher("sha256"),
  HmacMD5: __hasher("md5"), HmacSHA1: __hasher("sha1"), HmacSHA256: __hasher("sha256"),
  enc: __encodings,
}, { get: function (target, key) { return key in target ? target[key] : __stub; } });

// --- pager plugins ---

// The page number as pager plugins hand it to their callbacks: a number (jqPaginator's
// `num`) that is also an object (laypage's `obj.curr`).
function __pageArgument(n, options) {
  var limit = options.limit || options.pageSize || options.perPage || options.size || 10;
  return Object.assign(new Number(n), {
    curr: n, page: n, current: n, currentPage: n, pageNumber: n, pageIndex: n, pageNo: n, num: n,
    limit: limit, pageSize: limit,
  });
}
// The shapes in which plugins call back: (page, "change"), (page, first = false),
// (event, page), (page).
var __CALL_SHAPES = [
  function (p) { return [p, "change"]; },
  function (p) { return [p, false]; },
  function (p) { return [{ preventDefault: function () {} }, p]; },
  function (p) { return [p]; },
];
// Where callback `name` of plugin `index` sends the browser for page `n` in call shape `shape`.
function __pagerTarget(index, name, shape, n) {
  var options = __pagers[index];
  __navigations.splice(0);
  try { options[name].apply(options, __CALL_SHAPES[shape](__pageArgument(n, options))); } catch (error) {}
  return __navigations.length ? __navigations[__navigations.length - 1] : "";
}
function __pagerCallbacks(index) {
  var options = __pagers[index];
  return Object.keys(options).filter(function (k) { return typeof options[k] === "function"; });
}
function __pagerCount(index) {
  var o = __pagers[index];
  var pages = o.totalPages || o.pageCount || o.pages || o.totalPage || o.pageTotal;
  if (pages) return Number(pages) || 0;
  var total = o.count || o.total || o.totalCount || o.totalCounts || o.totalRecords;
  var size = o.limit || o.pageSize || o.perPage || o.size;
  return total && size ? Math.ceil(total / size) : 0;
}

// Where handler code sends the browser when `n` is typed into the page's boxes ("" if nowhere).
function __jumpTarget(code, n) {
  __navigations.splice(0);
  __typed = n;
  try { (0, eval)(code); } catch (error) {}
  __typed = null;
  return __navigations.length ? __navigations[__navigations.length - 1] : "";
}
