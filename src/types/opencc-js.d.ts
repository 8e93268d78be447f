/**
 * opencc-js ships types for its presets and core, but not for its per-dictionary entry points
 * (`opencc-js/dict/<Name>`), which we import one by one so only the Taiwan → mainland data is loaded.
 * Each such module's default export is an OpenCC dictionary string: "源 目|源 目|…".
 */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
