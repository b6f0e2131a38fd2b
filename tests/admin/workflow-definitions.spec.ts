import { join } from 'node:path';
import { type AdminBrowser, ARTIFACTS, startAdminBrowser } from '../support/admin-browser';
import { blockingViolations } from '../support/axe';

const definition = (doneLabel: object) =>
  JSON.stringify(
    {
      id: 'uji-coba',
      version: 1,
      name: { en: 'Trial workflow', id: 'Alur uji coba' },
      initial: 'start',
      final: ['done'],
      stages: [
        { id: 'start', label: { en: 'Start', id: 'Mulai' } },
        { id: 'done', label: doneLabel },
      ],
      transitions: [{ event: 'FINISH', from: 'start', to: 'done' }],
    },
    null,
    2,
  );

describe('workflow definitions: the JSON editor and publishing', () => {
  let admin: AdminBrowser;

  beforeAll(async () => {
    admin = await startAdminBrowser();
  }, 120_000);

  afterAll(() => admin?.close());

  it('checks a pasted definition as it is typed, saves it as a draft and publishes it read only', async () => {
    const page = await admin.signedIn('admin');
    await page.goto(`${admin.baseUrl}/#/workflow-definitions`);
    await page.getByRole('cell', { name: 'empowerment-default' }).first().waitFor();
    await page.getByRole('link', { name: 'Create' }).click();

    const editor = page.getByLabel('Definition (JSON)');
    await editor.fill(definition({ en: 'Done' }));
    const problems = page.getByRole('list', { name: '1 problem' });
    await problems.getByText('stages.1.label.id:').waitFor();
    await problems.getByText('has no Indonesian text', { exact: false }).waitFor();
    await expect(page.getByRole('button', { name: 'Save draft' }).isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'workflow-editor-en-1280.png'), fullPage: true });
    expect(await blockingViolations(page, '#main-content')).toEqual([]);

    await editor.fill(definition({ en: 'Done', id: 'Selesai' }));
    await page.getByText('The definition is valid.').waitFor();
    await page.getByRole('button', { name: 'Save draft' }).click();

    await page.getByRole('heading', { level: 1, name: 'Trial workflow (version 1)' }).waitFor();
    await page.getByText('A draft can be changed, then published.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Version published').waitFor();

    await page.getByText('Published: this version is read only.', { exact: false }).waitFor();
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Publish' }).count()).toBe(0);
    await expect(page.getByLabel('JSON', { exact: true }).isEditable()).resolves.toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'workflow-published-en-1280.png') });
    expect(await blockingViolations(page, '#main-content')).toEqual([]);

    // The edit page of a published version shows no editor either.
    await page.goto(`${admin.baseUrl}/#/workflow-definitions/uji-coba%401`);
    await page
      .getByRole('alert')
      .filter({ hasText: 'This version is read only.' })
      .getByRole('link', { name: 'uji-coba@1' })
      .waitFor();
    expect(await page.getByLabel('Definition (JSON)').count()).toBe(0);
    await page.close();
  });

  it('shows a line and column for text that is not JSON, in Indonesian', async () => {
    const page = await admin.signedIn('admin', { locale: 'id-ID' });
    await page.goto(`${admin.baseUrl}/#/workflow-definitions/create`);
    await page.getByLabel('Definisi (JSON)').fill('{\n  "id": "x",\n  oops\n}');
    await page.getByText('Bukan JSON yang valid').waitFor();
    await page.getByText('baris 3, kolom 3', { exact: false }).waitFor();
    // The browser's parser words its error in English; the panel says it itself.
    await page.getByText('Ada "o" yang tidak semestinya di sini').waitFor();
    await page.getByLabel('Definisi (JSON)').fill('{\n  "id": "x",');
    await page.getByText('Teks berakhir sebelum JSON selesai').waitFor();
    await page.close();
  });

  it("says the engine's problems in Indonesian, from their codes and params", async () => {
    const page = await admin.signedIn('admin', { locale: 'id-ID' });
    await page.goto(`${admin.baseUrl}/#/workflow-definitions/create`);
    const broken = JSON.parse(definition({ en: 'Done' })) as Record<string, unknown>;
    broken.transitions = [{ event: 'FINISH', from: 'start', to: 'nowhere' }];
    await page.getByLabel('Definisi (JSON)').fill(JSON.stringify(broken, null, 2));
    // Each problem reads "<where>: <what>", the JSON path first.
    await page.getByText('label tahap "done" belum berisi teks bahasa Indonesia').waitFor();
    await page
      .getByText('perpindahan "FINISH" dari "start" menuju tahap "nowhere" yang tidak dikenal')
      .waitFor();
    await page.getByText('tahap "done" tidak dapat dicapai dari tahap awal').waitFor();
    expect(await page.getByText('has no Indonesian text', { exact: false }).count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'workflow-editor-id-1280.png'), fullPage: true });
    await page.close();
  });
});
