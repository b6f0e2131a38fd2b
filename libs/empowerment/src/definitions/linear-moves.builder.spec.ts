import type { StageDefinition } from '@berdaya/workflow';
import { linearMoves } from './linear-moves.builder';

const stage = (id: string, stages?: StageDefinition[]): StageDefinition => ({
  id,
  label: { en: id.toUpperCase(), id: `${id}-id` },
  ...(stages && { stages }),
});

describe('linearMoves', () => {
  it('chains leaves in document order, entering a phase as a whole and closing at the last stage', () => {
    const stages = [stage('a'), stage('p', [stage('b'), stage('c')]), stage('d'), stage('z')];

    expect(linearMoves(stages)).toEqual([
      { event: 'ADVANCE', from: 'a', to: 'p', label: { en: 'Move on to P', id: 'Lanjut ke p-id' } },
      { event: 'ADVANCE', from: 'b', to: 'c', label: { en: 'Move on to C', id: 'Lanjut ke c-id' } },
      { event: 'ADVANCE', from: 'c', to: 'd', label: { en: 'Move on to D', id: 'Lanjut ke d-id' } },
      { event: 'ADVANCE', from: 'd', to: 'z', label: { en: 'Close the case', id: 'Tutup kasus' } },
      { event: 'BACK', from: 'b', to: 'a', label: { en: 'Back to A', id: 'Kembali ke a-id' } },
      { event: 'BACK', from: 'c', to: 'b', label: { en: 'Back to B', id: 'Kembali ke b-id' } },
      { event: 'BACK', from: 'd', to: 'c', label: { en: 'Back to C', id: 'Kembali ke c-id' } },
    ]);
  });
});
