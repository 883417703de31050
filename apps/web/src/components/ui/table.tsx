import type { HTMLAttributes, ReactNode, TableHTMLAttributes, TdHTMLAttributes } from "react";
import { classNames } from "./class-names";

type TableProps = TableHTMLAttributes<HTMLTableElement> & {
  /** The column headings, in order. */
  headers: readonly ReactNode[];
  /** Classes of the box around the table, which scrolls sideways when the table is wider than the screen. */
  wrapperClassName?: string;
};

/** A table of records on a staff screen: small text, one heading row, thin lines between rows. */
export function Table({ headers, wrapperClassName, className, children, ...table }: TableProps) {
  return (
    <div className={classNames("overflow-x-auto", wrapperClassName)}>
      <table className={classNames("w-full text-left text-sm", className)} {...table}>
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-800">
            {headers.map((header, column) => (
              <th key={column} className="p-2">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A row of `Table`. */
export function TableRow({ className, ...row }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={classNames("border-b border-slate-100 dark:border-slate-800", className)} {...row} />;
}

type TableCellProps = TdHTMLAttributes<HTMLTableCellElement> & {
  /** A second, smaller line under the value (a person's e-mail under their name). */
  detail?: ReactNode;
};

/** A cell of `TableRow`. */
export function TableCell({ detail, className, children, ...cell }: TableCellProps) {
  return (
    <td className={classNames("p-2", className)} {...cell}>
      {children}
      {detail ? <span className="block text-xs text-slate-600 dark:text-slate-400">{detail}</span> : null}
    </td>
  );
}
