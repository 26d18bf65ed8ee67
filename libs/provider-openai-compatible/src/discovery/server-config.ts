import { type z } from 'zod';
import { z as zod } from 'zod';
