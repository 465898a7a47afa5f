interface FilePickerProps {
  label: string;
  onFile: (file: File) => void;
  disabled?: boolean;
  secondary?: boolean;
  testId: string;
}

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A button that opens the file chooser for a units list; choosing the same file again reads it again. */
export function FilePicker({ label, onFile, disabled = false, secondary = false, testId }: FilePickerProps) {
  return (
    <label
      className={`button registry-file${secondary ? ' button--secondary' : ''}`}
      aria-disabled={disabled}
    >
      {label}
      <input
        type="file"
        accept={ACCEPT}
        className="visually-hidden"
        disabled={disabled}
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
