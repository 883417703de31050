import type { ComponentPropsWithoutRef, ReactNode } from "react";

type SectionProps = Omit<ComponentPropsWithoutRef<"section">, "title" | "aria-labelledby"> & {
  title: ReactNode;
  /** The heading's id, unique on the page: the section is named by its heading. */
  titleId: string;
  titleClassName?: string;
};

/** A page section whose accessible name is its `<h2>` heading. Has no state, so it renders on the server too. */
export function Section({ title, titleId, titleClassName = "text-xl font-semibold", children, ...rest }: SectionProps) {
  return (
    <section aria-labelledby={titleId} {...rest}>
      <h2 id={titleId} className={titleClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
