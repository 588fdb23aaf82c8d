// The lines above an annex table: annex number (right), title (centred), office, year and period.
export function AnnexHeading({ annexNumber, title, meta }: { annexNumber?: string | undefined; title: string[]; meta?: string | null }) {
  return (
    <>
      {annexNumber ? <div className="annex-number">{annexNumber}</div> : null}
      {title.map((line, i) => (
        <div className="annex-title" key={i}>
          {line}
        </div>
      ))}
      {meta ? <div className="annex-meta">{meta}</div> : null}
    </>
  );
}
