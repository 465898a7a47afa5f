import type { Router } from 'express';
import { defineFeature } from '../feature.js';
import { documentRoutes } from './documents.routes.js';
import { DocumentsService } from './documents.service.js';
import { createIssuedDocumentsLoader } from './issued-documents.loader.js';
import { IssueLheMayResolver, LheReportResolver, LheVerificationResolver } from './lhe-report.resolver.js';
import { LheReportService } from './lhe-report.service.js';
import { AssemblePackageMayResolver, ProposalPackageResolver } from './proposal-package.resolver.js';
import { ProposalPackageService } from './proposal-package.service.js';

export const feature = defineFeature({
  resolvers: {
    admin: [LheReportResolver, IssueLheMayResolver, ProposalPackageResolver, AssemblePackageMayResolver],
    public: [LheVerificationResolver],
  },
  services: {
    documents: ({ db, services, config }): DocumentsService =>
      new DocumentsService(db, services.assessments, config.publicUrl),
    lheReports: ({ db, services, config }): LheReportService =>
      new LheReportService(db, services.assessments, services.documents, config.publicUrl),
    proposalPackages: ({ db, services }): ProposalPackageService =>
      new ProposalPackageService(db, services.assessments, services.documents),
  },
  loaders: { issuedDocuments: createIssuedDocumentsLoader },
  routes: {
    admin: [
      {
        path: '/admin/assessments',
        router: ({ services, viewerOf }): Router => documentRoutes(services, viewerOf),
      },
    ],
  },
});
