import { pointTexts as _p } from '../../src/data/catalogueSource.ts';
