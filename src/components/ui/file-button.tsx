import { useRef } from 'react';

/**
 * A button that opens the browser's file chooser (a hidden file input behind it) and hands over the
 * chosen file (`onFile`), or every chosen file when several may be chosen (`onFiles`). While `busy` it shows `busyLabel`, is marked disabled for assistive technology and
 * opens nothing, but keeps its focus. Choosing the same file again still hands it over.
 */
export function FileButton({
  label,
  busyLabel,
  busy = false,
  accept,
  ...take
}: {
  label: string;
  busyLabel?: string;
  busy?: boolean;
  /** The input's `accept`: extensions and media types, comma-separated. */
  accept: string;
} & ({ onFile: (file: File) => void } | { onFiles: (files: File[]) => void })) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="usa-button usa-button--outline"
        aria-disabled={busy || undefined}
        onClick={() => !busy && input.current?.click()}
      >
        {busy && busyLabel ? busyLabel : label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple={'onFiles' in take || undefined}
        hidden
        aria-label={label}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          // Clear it so choosing the same file again still fires a change.
          e.currentTarget.value = '';
          const [first] = files;
          if (!first) return;
          if ('onFiles' in take) take.onFiles(files);
          else take.onFile(first);
        }}
      />
    </>
  );
}
