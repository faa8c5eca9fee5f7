/**
 * The printed shape of each table lives in `@gongkai/schema/printed` (one model for every printed form); the
 * components keep their names for it.
 */
export type {
  CornerCell,
  DataCell,
  HeaderCell,
  PrintedCell as GridCell,
  PrintedRow as GridRow,
  TableModel,
} from '@gongkai/schema/printed';
export { tableModel, tableModels } from '@gongkai/schema/printed';
