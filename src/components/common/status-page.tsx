import { Card, CardContent } from "@/components/ui/card";
import { BrandedFrame } from "./branded-frame";

type Props = { code: string; title: string; description: React.ReactNode; children: React.ReactNode };

/** A whole page that says what went wrong (not found, an error) and offers the way back: `children`. */
export function StatusPage({ code, title, description, children }: Props) {
  return (
    <BrandedFrame className="max-w-md">
      <Card>
        <CardContent className="grid grid-cols-1 justify-items-center gap-3 py-4 text-center">
          <p className="text-5xl font-semibold tracking-tight text-muted-foreground" aria-hidden>
            {code}
          </p>
          <h1 className="text-xl font-semibold">{title}</h1>
          <div className="text-sm text-muted-foreground">{description}</div>
          <div className="mt-2 flex flex-wrap justify-center gap-2">{children}</div>
        </CardContent>
      </Card>
    </BrandedFrame>
  );
}
