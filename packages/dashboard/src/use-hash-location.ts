import { useEffect, useState } from 'react';
import { Location, parseHash } from './shaping/routes';

/** The page and year in the address's hash, following the browser's back and forward. */
export function useHashLocation(): Location {
  const [location, setLocation] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setLocation(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return location;
}
