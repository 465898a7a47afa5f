import { registerEnumType } from 'type-graphql';

/** The six change areas (area perubahan) of Zona Integritas that monitoring and dashboards follow. */
export enum ChangeArea {
  CHANGE_MANAGEMENT = 'change_management',
  BUSINESS_PROCESS = 'business_process',
  HUMAN_RESOURCES = 'human_resources',
  ACCOUNTABILITY = 'accountability',
  SUPERVISION = 'supervision',
  PUBLIC_SERVICE = 'public_service',
}
registerEnumType(ChangeArea, {
  name: 'ChangeArea',
  description: 'One of the six change areas of Zona Integritas.',
  valuesConfig: {
    CHANGE_MANAGEMENT: { description: 'Manajemen perubahan.' },
    BUSINESS_PROCESS: { description: 'Penataan tatalaksana.' },
    HUMAN_RESOURCES: { description: 'Penataan sistem manajemen SDM aparatur.' },
    ACCOUNTABILITY: { description: 'Penguatan akuntabilitas.' },
    SUPERVISION: { description: 'Penguatan pengawasan.' },
    PUBLIC_SERVICE: { description: 'Peningkatan kualitas pelayanan publik.' },
  },
});
