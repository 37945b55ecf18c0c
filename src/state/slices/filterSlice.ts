import type { StateCreator } from 'zustand';
import type { AtlasState, FilterSlice, PointFilters } from '../types.ts';

export const emptyFilters: PointFilters = { meridians: [], classifications: [], regions: [], safety: [] };

export const initialFilterState = {
  filters: emptyFilters,
  channel: null,
} satisfies Partial<FilterSlice>;

/** Filters and the followed channel. */
export const createFilterSlice: StateCreator<AtlasState, [], [], FilterSlice> = (set) => ({
  ...initialFilterState,
  toggleFilter: (key, value) =>
    set((s) => {
      const current = s.filters[key] as readonly string[];
      const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
      return { filters: { ...s.filters, [key]: next } };
    }),
  clearFilters: () => set({ filters: emptyFilters }),
  setChannel: (channel) => set({ channel }),
});
