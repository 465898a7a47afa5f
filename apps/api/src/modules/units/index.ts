import { defineFeature } from '../feature.js';
import { Unit } from './unit.entity.js';
import { createUnitLoader } from './unit.loader.js';
import { unitProjection, unitRoots } from './unit.projection.js';
import { UnitService } from './unit.service.js';
import { UnitAdminResolver, UnitRegistryFieldsResolver } from './unit-admin.resolver.js';
import { UnitFieldsResolver } from './unit-fields.resolver.js';
import { UnitImportService } from './unit-import.service.js';
import { UnitPublicResolver } from './unit-public.resolver.js';
import { UnitRegistryService } from './unit-registry.service.js';
import { unitRoutes } from './units.routes.js';

export const feature = defineFeature({
  entities: [Unit],
  resolvers: {
    public: [UnitPublicResolver, UnitFieldsResolver],
    admin: [UnitAdminResolver, UnitRegistryFieldsResolver, UnitFieldsResolver],
  },
  services: {
    units: ({ db }): UnitService => new UnitService(db),
    unitImport: ({ db }): UnitImportService => new UnitImportService(db),
    unitRegistry: ({ db }): UnitRegistryService => new UnitRegistryService(db),
  },
  loaders: { unit: createUnitLoader },
  projections: { types: [unitProjection], roots: unitRoots },
  routes: {
    admin: [{ path: '/admin/units', router: unitRoutes }],
  },
});
