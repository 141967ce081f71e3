// Runtime functions newer than ES2020 that our code or its packages call, for
// Safari 14 / older Office webviews (the bundles' syntax is lowered by es2020-loader.js).
if (typeof Object.hasOwn !== 'function') {
  Object.defineProperty(Object, 'hasOwn', {
    configurable: true,
    writable: true,
    value: (object, key) => Object.prototype.hasOwnProperty.call(object, key),
  });
}
for (const type of [Array, String]) {
  if (typeof type.prototype.at !== 'function') {
    Object.defineProperty(type.prototype, 'at', {
      configurable: true,
      writable: true,
      value: function at(index) {
        const n = Math.trunc(index) || 0;
        const k = n < 0 ? this.length + n : n;
        return k < 0 || k >= this.length ? undefined : this[k];
      },
    });
  }
}
