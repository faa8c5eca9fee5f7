/** `custom-elements.json` from the classes' JSDoc (the public contract), shipped with the package. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cdn/**', 'src/ssr/**', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer guesses event names from `new SomeEvent(firstArgument)`; ours are typed classes whose
      // names are documented with @fires, so keep only the documented `gk-` names.
      name: 'gk-documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events)
              declaration.events = declaration.events.filter((e) => e.name?.startsWith('gk-'));
          }
        }
      },
    },
  ],
};
