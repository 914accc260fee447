import { makeGitRepo, type GitRepo } from '../support/git-repo.js';

/** A canonical page of two sections, or its translation. */
export const page = (title: string, intro: string, more: string) => `# ${title}\n\n${intro}\n\n## Details\n\n${more}\n`;

const A = page('Alpha', 'Alpha starts the service.', 'It listens on port 8080.');
const B = page('Beta', 'Beta stops the service.', 'It waits for open requests.');
const C = page('Gamma', 'Gamma restarts the *service*.', 'It keeps the settings.');

/**
 * A real git repository whose translations were synced at different commits (no
 * stamps): de/b.md and es/a.md with the first commit, de/a.md and de/c.md with the
 * second; then the canonical pages changed: a.md in both sections, b.md in one, c.md
 * only in style. es/b.md was never committed.
 *
 * So: de/a.md outdated (2 sections, synced at the second commit), de/b.md outdated
 * (1 section, first commit), de/c.md up to date; es/a.md outdated (2 sections, first
 * commit), es/b.md never stamped.
 */
export function syncRepo(): GitRepo {
  const repo = makeGitRepo({
    'l10n-lint.config.json': { source: 'en/{path}.md', locales: { de: 'de/{path}.md', es: 'es/{path}.md' } },
    'en/a.md': A,
    'en/b.md': B,
    'en/c.md': C,
    'de/b.md': page('Beta', 'Beta hält den Dienst an.', 'Er wartet auf offene Anfragen.'),
    'es/a.md': page('Alfa', 'Alfa inicia el servicio.', 'Escucha en el puerto 8080.'),
  });
  repo.commit('canonical pages, German b, Spanish a');
  repo.write('de/a.md', page('Alpha', 'Alpha startet den Dienst.', 'Er lauscht auf Port 8080.'));
  repo.write('de/c.md', page('Gamma', 'Gamma startet den *Dienst* neu.', 'Er behält die Einstellungen.'));
  repo.commit('German a and c');
  repo.write('en/a.md', page('Alpha', 'Alpha starts the service and its workers.', 'It listens on port 9090.'));
  repo.write('en/b.md', page('Beta', 'Beta stops the service.', 'It waits for open requests to finish.'));
  repo.write('en/c.md', C.replace('*service*', '_service_'));
  repo.commit('canonical changes');
  repo.write('es/b.md', page('Beta', 'Beta detiene el servicio.', 'Espera las solicitudes abiertas.'));
  return repo;
}
