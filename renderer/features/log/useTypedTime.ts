import { useState } from 'react';
import { typedInstant } from '../../../shared/time/typedTime';
import { useServices } from '../../services/useServices';

/**
 * The time field of a log form: left empty it means now; typed, HH:mm or a date and
 * time in the site's zone. `read` gives the instant (undefined for now), or null when
 * the text does not read as a time, and then `bad` is set for the form to say so.
 */
export function useTypedTime(timeZone: string) {
  const services = useServices();
  const [text, setText] = useState('');
  const [bad, setBad] = useState(false);
  const read = (): number | undefined | null => {
    if (text.trim() === '') {
      setBad(false);
      return undefined;
    }
    const at = typedInstant(text, services.clock.now(), timeZone);
    setBad(at === null);
    return at;
  };
  return { text, setText, bad, read };
}
