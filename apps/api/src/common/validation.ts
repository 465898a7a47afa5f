import { IsUrl } from 'class-validator';

/** A link people can open: http or https only (no javascript:, no file:). */
export const IsWebLink = () =>
  IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) link' });
