// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadPointTexts } from '../../src/data/pointCatalogue.ts';
import { loadLanguage } from '../../src/i18n/index.ts';
import { resetAtlasStore, useAtlasStore } from '../../src/state/store.ts';
import { FilterPanel } from '../../src/ui/FilterPanel.tsx';
import { PointPanel } from '../../src/ui/PointPanel.tsx';
import { SearchBox } from '../../src/ui/SearchBox.tsx';

const store = () => useAtlasStore.getState();
const open = async (code: string) => {
  await act(async () => {
    store().selectPoint(code);
    await store().ensurePointTexts();
  });
};

beforeAll(async () => {
  await Promise.all([loadPointTexts('zh-Hans'), loadLanguage('zh-Hans')]);
});
beforeEach(() => resetAtlasStore());
afterEach(() => cleanup());

describe('the point panel', () => {
  it('is a landmark named by the code, with the needling figures', async () => {
    render(<PointPanel />);
    await open('KI1');
    const panel = screen.getByRole('complementary', { name: /KI1/ });
    expect(within(panel).getByTestId('needle-depth').textContent).toMatch(/0\.3–0\.5 cun/);
  });

  it('shows a forbidden needling as forbidden, with no depth (CV8)', async () => {
    render(<PointPanel />);
    await open('CV8');
    const panel = screen.getByRole('complementary', { name: /CV8/ });
    expect(within(panel).getByRole('note', { name: 'Needling forbidden' })).toBeTruthy();
    expect(within(panel).queryByTestId('needle-depth')).toBeNull();
    expect(panel.textContent).not.toMatch(/\d(\.\d)?–\d(\.\d)? cun/);
  });

  it('puts the most serious warning first (CV8: the forbidden needling before the classical lists)', async () => {
    render(<PointPanel />);
    await open('CV8');
    const items = within(screen.getByRole('region', { name: /Safety/ })).getAllByRole('listitem');
    expect(items[0]?.textContent).toMatch(/^Needling forbidden/);
  });

  it('reads in Chinese when the language is 简体中文', async () => {
    await act(async () => {
      await store().setLanguage('zh-Hans');
    });
    render(<PointPanel />);
    await open('ST36');
    const text = screen.getByRole('complementary', { name: /ST36/ }).textContent ?? '';
    const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
    const latin = (text.replace(/\b[A-Z]{1,2}\d+\b|Zúsānlǐ/g, '').match(/[A-Za-z]/g) ?? []).length;
    expect(han / (han + latin)).toBeGreaterThan(0.9);
    expect(text).toMatch(/直刺/);
  });
});

describe('search and filters', () => {
  it('opens a point typed in any spelling with Enter, and asks the camera to fly there', () => {
    render(<SearchBox />);
    const input = screen.getByRole('combobox');
    fireEvent.change(input, { target: { value: 'kid 1' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(store().selectedCode).toBe('KI1');
    expect(store().cameraRequest).toMatchObject({ kind: 'focus', markerIds: ['KI1-L'] });
  });

  it('counts the points a filter shows', () => {
    render(<FilterPanel />);
    expect(screen.getByTestId('shown-count').textContent).toMatch(/409 of 409/);
    fireEvent.click(screen.getByRole('checkbox', { name: /LU Lung/ }));
    expect(screen.getByTestId('shown-count').textContent).toMatch(/11 of 409/);
  });
});
