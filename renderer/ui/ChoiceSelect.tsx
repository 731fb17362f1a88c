import type { SelectHTMLAttributes } from 'react';

type Props<T extends string> = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'> & {
  value: T;
  choices: readonly T[];
  labelOf: (choice: T) => string;
  onChoose: (choice: T) => void;
};

/**
 * A select over a fixed list of words (a category, a kind, a period): the one chosen
 * comes back found in the list, typed, rather than cast from the element's string.
 */
export function ChoiceSelect<T extends string>({ value, choices, labelOf, onChoose, ...rest }: Props<T>) {
  return (
    <select
      {...rest}
      value={value}
      onChange={(e) => {
        const chosen = choices.find((c) => c === e.target.value);
        if (chosen !== undefined) onChoose(chosen);
      }}
    >
      {choices.map((c) => (
        <option key={c} value={c}>
          {labelOf(c)}
        </option>
      ))}
    </select>
  );
}
