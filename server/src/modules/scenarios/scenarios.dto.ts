export interface CatalogScenarioDto {
  id: string;
  title: string;
  sector: string;
  job: string;
  durationMinutes: number;
  versionId: string;
  resume: string;
}

export interface CatalogResponse {
  scenarios: CatalogScenarioDto[];
}
