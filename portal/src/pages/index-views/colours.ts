// The colours of the index charts' series, each readable against white (contrast of at least 4.5:1).
export const seriesColours = ['#005493', '#1f7a3d', '#b45309', '#7c3aed', '#be123c', '#0f766e', '#4b5563'];
