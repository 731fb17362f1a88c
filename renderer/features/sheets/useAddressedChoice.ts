import { useCallback, useEffect, useState } from 'react';
import { choiceFromAddress, type SheetChoice } from './sheetChoice';

/**
 * The screen's choice, started from the address and changed by it whenever another screen
 * or Ctrl+P asks for a document (`#/sheets?doc=…`), also while the screen is open. `go`
 * says the address asked to print at once; `printed()` takes the request back off the
 * address, so a reload does not print again.
 */
export function useAddressedChoice(defaults: SheetChoice) {
  const [state, setState] = useState(() => choiceFromAddress(window.location.hash, defaults));
  useEffect(() => {
    const onHash = () => {
      if (window.location.hash.startsWith('#/sheets?')) setState(choiceFromAddress(window.location.hash, defaults));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
    // The defaults only fill what an address leaves out; a new day's defaults wait for the next address.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const setChoice = useCallback((choice: SheetChoice) => setState({ choice, go: false }), []);
  const printed = useCallback(() => {
    setState((s) => ({ ...s, go: false }));
    window.history.replaceState(null, '', '#/sheets');
  }, []);
  return { choice: state.choice, go: state.go, setChoice, printed };
}
