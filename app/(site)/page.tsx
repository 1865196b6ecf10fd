export default function FrontPage() {
  return <main><h1>The Gazette</h1></main>;
}
