// Plain `tsc` cannot read .astro files (astro check can, and checks their props); this lets it
// type-check the TypeScript modules that import components, such as the MDX component map.
declare module "*.astro" {
  const component: import("astro/runtime/server/index.js").AstroComponentFactory;
  export default component;
}
