import { paintFirstScreen } from './first-screen.ts';

// The first screen is an extra: whatever fails here, the app opens the call as it always does.
paintFirstScreen().catch(() => undefined);
