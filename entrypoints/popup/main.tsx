import { render } from 'preact';

render(<main>هامش</main>, document.getElementById('app')!);
