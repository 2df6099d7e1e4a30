/** The Cité des Métiers de Marseille and its seven associated centres (seeded at every start). */
export const DEFAULT_SITES: readonly { name: string; city: string }[] = [
  { name: 'Cité des Métiers de Marseille', city: 'Marseille' },
  ...['Antibes', 'Aubagne', 'Gap', 'Istres', 'Martigues', 'Sisteron', 'Toulon'].map((city) => ({
    name: `Cité des Métiers – ${city}`,
    city,
  })),
];
