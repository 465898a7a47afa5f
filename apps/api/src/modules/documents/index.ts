import type { Router } from 'express';
import { defineFeature } from '../feature.js';
import { documentRoutes } from './documents.routes.js';
import { DocumentsService } from './documents.service.js';
import { createLheReportLoader } from './lhe-report.loader.js';
import { IssueLheMayResolver, LheReportResolver, LheVerificationResolver } from './lhe-report.resolver.js';
import { LheReportService } from './lhe-report.service.js';

export const feature = defineFeature({
  resolvers: {
    admin: [LheReportResolver, IssueLheMayResolver],
    public: [LheVerificationResolver],
  },
  services: {
    documents: ({ db, services, config }): DocumentsService =>
      new DocumentsService(db, services.assessments, config.publicUrl),
    lheReports: ({ db, services, config }): LheReportService =>
      new LheReportService(db, services.assessments, services.documents, config.publicUrl),
  },
  loaders: { lheReportByAssessment: createLheReportLoader },
  routes: {
    admin: [
      {
        path: '/admin/assessments',
        router: ({ services, viewerOf }): Router => documentRoutes(services, viewerOf),
      },
    ],
  },
});
