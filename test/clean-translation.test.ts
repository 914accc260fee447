import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/load.js';
import { lint } from '../src/engine/lint.js';
import { makeTree } from './support/tree.js';

const CANONICAL = `---
title: Deploy the Contoso agent
description: How to roll out the agent to every device.
ms.date: 04/30/2020
---

# Deploy the Contoso agent

<a name="top"></a>

The agent reports device health to the Contoso portal every 15 minutes.

> [!NOTE]
> You need the **Fleet Admin** role in Contoso Cloud.

## Before you start

1. Check that every device runs Windows 10 version 1909 or later.
2. Open the [admin portal](https://portal.contoso.com/en-us/admin) and sign in, as the [FAQ](faq.md#sign-in) explains.
3. Download \`agent-setup.msi\`.
   - For macOS, download \`agent-setup.pkg\` instead.

[!INCLUDE [prerequisites](../includes/prerequisites.md)]

## Install

Run the installer from an elevated prompt:

\`\`\`powershell
msiexec /i agent-setup.msi /qn TENANT=contoso
\`\`\`

> [!TIP]
> Use the \`/qn\` switch for a silent install.

| Scenario | Command | Time |
| :-- | :-- | --: |
| One device | \`msiexec /i agent-setup.msi\` | 2 min |
| 1,000 devices | Intune app deployment | 1 day |

![Deployment overview](media/deploy-overview.png)

## Refresh Summary

| Date | Who Changed | What Changed |
| --- | --- | --- |
| 04/30/2020 | Ana Ruiz | Added macOS |
| 9/27/2019 | Ben Okafor | First version |
`;

const TRANSLATION = `---
title: Den Contoso-Agent bereitstellen
description: So verteilen Sie den Agent auf alle Geräte.
ms.date: 04/30/2020
---

# Den Contoso-Agent bereitstellen

<a name="top"></a>

Der Agent meldet den Gerätezustand alle 15 Minuten an das Contoso-Portal.

> [!NOTE]
> Sie benötigen die Rolle **Fleet Admin** in Contoso Cloud.

## Vorbereitung

1. Prüfen Sie, ob auf allen Geräten Windows 10 ab Version 1909 läuft.
2. Öffnen Sie das [Verwaltungsportal](https://portal.contoso.com/de-de/admin) und melden Sie sich an, wie die [FAQ](faq-de.md#anmelden) erklären.
3. Laden Sie \`agent-setup.msi\` herunter.
   - Laden Sie für macOS stattdessen \`agent-setup.pkg\` herunter.

[!INCLUDE [Voraussetzungen](../includes/prerequisites.md)]

## Installation

Führen Sie das Installationsprogramm an einer Eingabeaufforderung mit erhöhten Rechten aus:

\`\`\`powershell
msiexec /i agent-setup.msi /qn TENANT=contoso
\`\`\`

> [!TIP]
> Verwenden Sie den Schalter \`/qn\` für eine unbeaufsichtigte Installation.

| Szenario | Befehl | Dauer |
| :-- | :-- | --: |
| Ein Gerät | \`msiexec /i agent-setup.msi\` | 2 Min. |
| 1.000 Geräte | Bereitstellung als Intune-App | 1 Tag |

![Übersicht über die Bereitstellung](media/deploy-overview.png)

## Zusammenfassung der Aktualisierung

| Datum | Geändert von | Änderung |
| --- | --- | --- |
| 04/30/2020 | Ana Ruiz | macOS hinzugefügt |
| 9/27/2019 | Ben Okafor | Erste Version |
`;

/** The page the two link to, translated, and the image both show. */
const OTHER_FILES = {
  'en/faq.md': '---\ntitle: FAQ\ndescription: Questions and answers.\n---\n\n# FAQ\n\n## Sign in\n\nUse your work account.\n',
  'de/faq-de.md': '---\ntitle: Häufige Fragen\ndescription: Fragen und Antworten.\n---\n\n# Häufige Fragen\n\n## Anmelden\n\nVerwenden Sie Ihr Arbeitskonto.\n',
  'en/media/deploy-overview.png': 'PNG',
  'de/media/deploy-overview.png': 'PNG',
};

describe('a faithful translation', () => {
  it('produces no findings from any rule', async () => {
    const dir = makeTree({ 'en/deploy.md': CANONICAL, 'de/deploy-de.md': TRANSLATION, ...OTHER_FILES });
    const config = resolveConfig({ source: 'en/{path}.md', locales: { de: 'de/{path}-de.md' } }, `${dir}/l10n-lint.config.json`);
    const result = await lint(config);
    expect(result.results.flatMap((file) => file.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`))).toEqual([]);
    expect(result.plan.pairs).toEqual([
      { canonical: 'en/deploy.md', locale: 'de', file: 'de/deploy-de.md' },
      { canonical: 'en/faq.md', locale: 'de', file: 'de/faq-de.md' },
    ]);
  });

  it('still produces findings once its structure drifts, so the test above can fail', async () => {
    const drifted = TRANSLATION.replace('| 9/27/2019 | Ben Okafor | Erste Version |\n', '')
      .replace('> [!TIP]', '> [!TIPP]')
      .replace('faq-de.md#anmelden', 'faq.md#sign-in')
      .replace('1.000 Geräte', '100 Geräte')
      .replace('title: Den Contoso-Agent bereitstellen', 'title: Deploy the Contoso agent');
    const dir = makeTree({ 'en/deploy.md': CANONICAL, 'de/deploy-de.md': drifted, ...OTHER_FILES });
    const config = resolveConfig({ source: 'en/{path}.md', locales: { de: 'de/{path}-de.md' } }, `${dir}/l10n-lint.config.json`);
    const result = await lint(config);
    expect(result.results.flatMap((file) => file.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`))).toEqual(['2:1 untranslated-front-matter', '19:111 links', '33:1 admonitions', '39:3 numbers', '47:46 changelog']);
  });
});
