import type { ExclusionReason, SampleMethod, ScaleConversion } from '@zi/schema/admin';
import { valuesOf } from '@zi/ui';

/** Why a response is left out, as the list offers them. */
export const EXCLUSION_REASONS = valuesOf<ExclusionReason>({
  TEST_ENTRY: true,
  DUPLICATE: true,
  OUTSIDE_PERIOD: true,
  NOT_A_USER: true,
  OTHER: true,
});

export const SCALE_CONVERSIONS = valuesOf<ScaleConversion>({ PROPORTIONAL: true, LINEAR: true });

export const SAMPLE_METHODS = valuesOf<SampleMethod>({ KREJCIE_MORGAN: true, SLOVIN: true });
