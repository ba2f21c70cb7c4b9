/**
 * The environment of a production build run from another Node process (the tests, the
 * benchmark). Vitest runs inside Astro's Vite config, which puts SITE, MODE and the like into
 * process.env, and sets NODE_ENV=test, which Astro would read as the editors' preview: a build
 * must inherit neither.
 */
export function buildEnvironment(settings: Record<string, string>): NodeJS.ProcessEnv {
  const {
    SITE: _site,
    BASE_URL: _base,
    MODE: _mode,
    DEV: _dev,
    PROD: _prod,
    ...inherited
  } = process.env;
  return { ...inherited, NODE_ENV: "production", ASTRO_TELEMETRY_DISABLED: "1", ...settings };
}
