// Every `kg` sub-command, one module each.
import type { KgCommand } from '../command';
import { extract } from './extract';
import { build } from './build';
import { rank } from './rank';
import { lookup } from './lookup';
import { load } from './load';
import { dump } from './dump';
import { importCommand } from './import';
import { query } from './query';
import { neo4j } from './neo4j';
import { serve } from './serve';
import { start } from './start';

export const commands: KgCommand<any>[] = [extract, build, rank, lookup, load, importCommand, dump, query, neo4j, serve, start];
