import { SetMetadata } from '@nestjs/common';

export const PUBLIC_KEY = 'ledger:public';

/** Opens a route to callers without a token. Only /health uses it (/docs is served outside the router). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
