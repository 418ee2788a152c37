// opencc-js's traditional → simplified set (its package types describe the full build only)
declare module 'opencc-js/t2cn' {
  export function Converter(options: { from: string; to: string }): (text: string) => string;
}
