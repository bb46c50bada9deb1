import { useEffect, useState } from 'react';
import type { Observable } from 'rxjs';

/** The latest value of an RxDB observable; `undefined` until the first emission. */
export const useObservable = <T>(factory: () => Observable<T>, deps: readonly unknown[]): T | undefined => {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = factory().subscribe(setValue);
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists the factory's inputs
  }, deps);
  return value;
};
